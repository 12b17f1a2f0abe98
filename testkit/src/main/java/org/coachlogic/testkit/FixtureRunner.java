package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apiguardian.api.API;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleInfo;
import org.coachlogic.Suppression;
import org.coachlogic.Violation;
import org.coachlogic.facts.ClientFacts;

/**
 * Runs fixtures against an engine, the way a host would: the facts go through the JSON codec, then
 * {@link CoachingEngine#evaluate}. Ids in an expectation that the engine does not know (neither a rule nor a
 * rule a pack disabled) are failures, so a misspelt id cannot make a check pass.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FixtureRunner {

    private final CoachingEngine engine;
    private final Set<String> knownIds;

    public FixtureRunner(CoachingEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.knownIds = new TreeSet<>(engine.rules().stream().map(RuleInfo::id).toList());
        // a disabled rule is still a rule a fixture may expect not to fire
        engine.disabledRules().forEach(disabled -> knownIds.add(disabled.id()));
    }

    /** Runs every fixture; the result carries each outcome and the rule coverage. */
    public FixtureRun run(Collection<Fixture> fixtures) {
        List<FixtureResult> results = new ArrayList<>();
        for (Fixture fixture : fixtures) {
            results.add(run(fixture));
        }
        return new FixtureRun(results, Coverage.of(engine.rules(), results));
    }

    public FixtureResult run(Fixture fixture) {
        ClientFacts facts;
        try {
            facts = CoachingJson.readFacts(fixture.factsJson());
        } catch (InvalidFactsException e) {
            return errorOutcome(fixture, e.violations());
        }
        Advice advice = engine.evaluate(facts);
        List<String> problems = new ArrayList<>();
        if (fixture.expectError() != null) {
            problems.add("expected the facts to be rejected at " + fixture.expectError()
                    + ", but they were accepted");
        } else {
            check(fixture.expect(), advice, problems);
        }
        return new FixtureResult(fixture, problems, advice, List.of());
    }

    private FixtureResult errorOutcome(Fixture fixture, List<Violation> violations) {
        List<String> problems = new ArrayList<>();
        if (fixture.expectError() == null) {
            problems.add("expected advice, but the facts were rejected as invalid");
        } else {
            Set<String> reported = new LinkedHashSet<>(violations.stream().map(Violation::path).toList());
            List<String> missing = fixture.expectError().stream().filter(p -> !reported.contains(p)).toList();
            if (!missing.isEmpty()) {
                problems.add("expected problems reported at " + missing + ", but the problems were at " + reported);
            }
        }
        return new FixtureResult(fixture, problems, null, violations);
    }

    private void check(Expectation expect, Advice advice, List<String> problems) {
        List<String> fired = AdviceText.fired(advice);
        List<String> shown = advice.ids();
        List<String> unknown = new ArrayList<>();
        List<String> mentioned = new ArrayList<>(expect.fires());
        mentioned.addAll(expect.doesNotFire());
        if (expect.suppressed() != null) {
            mentioned.addAll(expect.suppressed());
        }
        if (expect.exactly() != null) {
            mentioned.addAll(expect.exactly());
        }
        for (String id : new LinkedHashSet<>(mentioned)) {
            if (!knownIds.contains(id)) {
                unknown.add(id + suggestion(id));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("the rule base has no rule " + String.join(", ", unknown));
        }

        List<String> missing = expect.fires().stream().filter(id -> !fired.contains(id)).toList();
        if (!missing.isEmpty()) {
            problems.add("expected to fire, but did not: " + String.join(", ", missing));
        }
        List<String> unwanted = expect.doesNotFire().stream().filter(fired::contains).toList();
        if (!unwanted.isEmpty()) {
            problems.add("expected not to fire, but did: " + String.join(", ", unwanted)
                    + (unwanted.stream().anyMatch(id -> !shown.contains(id)) ? " (withheld, but it fired)" : ""));
        }
        Set<Category> shownCategories = new TreeSet<>(advice.recommendations().stream()
                .map(Recommendation::category).toList());
        for (Category category : expect.categoriesIncludes()) {
            if (!shownCategories.contains(category)) {
                problems.add("expected a " + category + " recommendation, but none was shown");
            }
        }
        for (Category category : expect.categoriesExcludes()) {
            if (shownCategories.contains(category)) {
                problems.add("expected no " + category + " recommendation, but " + advice.recommendations().stream()
                        .filter(r -> r.category() == category).map(Recommendation::id).toList() + " shown");
            }
        }
        if (expect.topCategory() != null || expect.topPriority() != null) {
            String wanted = (expect.topPriority() == null ? "any priority" : expect.topPriority()) + " "
                    + (expect.topCategory() == null ? "any category" : expect.topCategory());
            if (advice.recommendations().isEmpty()) {
                problems.add("expected the top recommendation to be " + wanted + ", but nothing was shown");
            } else {
                Recommendation top = advice.recommendations().get(0);
                if ((expect.topCategory() != null && top.category() != expect.topCategory())
                        || (expect.topPriority() != null && top.priority() != expect.topPriority())) {
                    problems.add("expected the top recommendation to be " + wanted + ", but it was "
                            + top.priority() + " " + top.category() + " (" + top.id() + ")");
                }
            }
        }
        if (expect.suppressed() != null) {
            Set<String> withheld = new TreeSet<>(advice.suppressed().stream().map(Suppression::id).toList());
            Set<String> wanted = new TreeSet<>(expect.suppressed());
            if (!withheld.equals(wanted)) {
                problems.add("expected withheld " + (wanted.isEmpty() ? "none" : wanted) + ", but withheld "
                        + (withheld.isEmpty() ? "none" : withheld));
            }
        }
        if (expect.exactly() != null && !expect.exactly().equals(shown)) {
            problems.add("expected exactly " + expect.exactly() + ", but shown were " + shown);
        }
    }

    private String suggestion(String id) {
        return knownIds.stream().min(Comparator.comparingInt(known -> distance(id, known)))
                .filter(best -> distance(id, best) <= Math.max(2, id.length() / 4))
                .map(best -> " (did you mean " + best + "?)").orElse("");
    }

    /** Edit distance between two ids, to suggest the id a typo meant. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
