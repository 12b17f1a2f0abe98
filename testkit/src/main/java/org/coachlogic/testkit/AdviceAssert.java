package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.AbstractAssert;

import org.apiguardian.api.API;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.Suppression;

/**
 * AssertJ assertions for {@link Advice}. Every failure lists the recommendations that were actually there,
 * with their reasons, and what was withheld.
 *
 * <pre>{@code
 * assertThat(engine.evaluate(facts))
 *         .fired("safety.cauda-equina")
 *         .didNotFire("load.progression-ready")
 *         .hasTop(Category.SAFETY, Priority.URGENT)
 *         .suppressed("programming.strength");
 * }</pre>
 * A rule has <em>fired</em> when its recommendation is shown or withheld.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class AdviceAssert extends AbstractAssert<AdviceAssert, Advice> {

    public AdviceAssert(Advice actual) {
        super(actual, AdviceAssert.class);
    }

    /** Each id fired: its recommendation is shown or withheld. */
    public AdviceAssert fired(String... ids) {
        isNotNull();
        List<String> fired = AdviceText.fired(actual);
        List<String> missing = List.of(ids).stream().filter(id -> !fired.contains(id)).toList();
        if (!missing.isEmpty()) {
            failWithMessage("%nExpected to fire, but did not: %s%n%s", String.join(", ", missing), describe());
        }
        return this;
    }

    /** No id fired: none is shown or withheld. */
    public AdviceAssert didNotFire(String... ids) {
        isNotNull();
        List<String> fired = AdviceText.fired(actual);
        List<String> unwanted = List.of(ids).stream().filter(fired::contains).toList();
        if (!unwanted.isEmpty()) {
            failWithMessage("%nExpected not to fire, but did: %s%n%s", String.join(", ", unwanted), describe());
        }
        return this;
    }

    /** Each id is shown (fired and not withheld). */
    public AdviceAssert shows(String... ids) {
        isNotNull();
        List<String> missing = List.of(ids).stream().filter(id -> !actual.ids().contains(id)).toList();
        if (!missing.isEmpty()) {
            failWithMessage("%nExpected to be shown, but not: %s%n%s", String.join(", ", missing), describe());
        }
        return this;
    }

    /** The first shown recommendation has this category and priority. */
    public AdviceAssert hasTop(Category category, Priority priority) {
        isNotNull();
        if (actual.recommendations().isEmpty()) {
            failWithMessage("%nExpected the top recommendation to be %s %s, but nothing was shown%n%s", priority,
                    category, describe());
        }
        Recommendation top = actual.recommendations().get(0);
        if (top.category() != category || top.priority() != priority) {
            failWithMessage("%nExpected the top recommendation to be %s %s, but it was %s %s (%s)%n%s", priority,
                    category, top.priority(), top.category(), top.id(), describe());
        }
        return this;
    }

    /** Each id is withheld by a safety recommendation. */
    public AdviceAssert suppressed(String... ids) {
        isNotNull();
        Set<String> withheld = new TreeSet<>(actual.suppressed().stream().map(Suppression::id).toList());
        List<String> missing = List.of(ids).stream().filter(id -> !withheld.contains(id)).toList();
        if (!missing.isEmpty()) {
            failWithMessage("%nExpected to be withheld, but not: %s%n%s", String.join(", ", missing), describe());
        }
        return this;
    }

    /** Nothing is withheld. */
    public AdviceAssert suppressedNothing() {
        isNotNull();
        if (!actual.suppressed().isEmpty()) {
            failWithMessage("%nExpected nothing withheld%n%s", describe());
        }
        return this;
    }

    /** The shown recommendations are exactly these ids, in this order. */
    public AdviceAssert showsExactly(String... ids) {
        isNotNull();
        if (!actual.ids().equals(List.of(ids))) {
            failWithMessage("%nExpected exactly %s%n%s", List.of(ids), describe());
        }
        return this;
    }

    private String describe() {
        return AdviceText.describe(actual);
    }
}
