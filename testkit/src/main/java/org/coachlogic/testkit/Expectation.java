package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;

import org.apiguardian.api.API;

import org.coachlogic.Category;
import org.coachlogic.Priority;

/**
 * What a fixture expects of the advice. Every part is optional: {@code null} (or empty, for the lists
 * that only add checks) means "not checked".
 *
 * <p>A rule <em>fires</em> when its conditions match: its recommendation is then either shown or withheld
 * by a safety recommendation. {@code suppressed} and {@code exactly} look at what is withheld and what is
 * shown.
 *
 * @param fires              ids that must fire (shown or withheld)
 * @param doesNotFire        ids that must not fire at all
 * @param categoriesIncludes categories that must each have at least one shown recommendation
 * @param categoriesExcludes categories that must have no shown recommendation
 * @param topCategory        category of the first shown recommendation; {@code null} if not checked
 * @param topPriority        priority of the first shown recommendation; {@code null} if not checked
 * @param suppressed         the exact set of withheld ids; {@code null} if not checked, empty for "none"
 * @param exactly            the full ordered list of shown ids; {@code null} if not checked
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Expectation(List<String> fires, List<String> doesNotFire, List<Category> categoriesIncludes,
                          List<Category> categoriesExcludes, Category topCategory, Priority topPriority,
                          List<String> suppressed, List<String> exactly) {

    public Expectation {
        fires = fires == null ? List.of() : List.copyOf(fires);
        doesNotFire = doesNotFire == null ? List.of() : List.copyOf(doesNotFire);
        categoriesIncludes = categoriesIncludes == null ? List.of() : List.copyOf(categoriesIncludes);
        categoriesExcludes = categoriesExcludes == null ? List.of() : List.copyOf(categoriesExcludes);
        suppressed = suppressed == null ? null : List.copyOf(suppressed);
        exactly = exactly == null ? null : List.copyOf(exactly);
    }

    /** Expects nothing; every check passes. */
    public static Expectation none() {
        return new Expectation(null, null, null, null, null, null, null, null);
    }
}
