package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apiguardian.api.API;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
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
    private final KnownRules rules;

    public FixtureRunner(CoachingEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.rules = KnownRules.of(engine);
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
        Advice advice;
        try {
            advice = engine.evaluate(facts);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // this fixture's failure; the run goes on with the others
            return new FixtureResult(fixture, List.of("the evaluation failed: " + oneLine(e)), null, List.of());
        }
        List<String> problems = new ArrayList<>();
        if (fixture.expectError() != null) {
            problems.add("expected the facts to be rejected at " + fixture.expectError()
                    + ", but they were accepted");
        } else {
            check(fixture.expect(), advice, problems);
        }
        return new FixtureResult(fixture, problems, advice, List.of());
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
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

    /** The fixture's expectation, checked with the same checks as the AssertJ assertions. */
    private void check(Expectation expect, Advice advice, List<String> problems) {
        List<String> mentioned = new ArrayList<>(expect.fires());
        mentioned.addAll(expect.doesNotFire());
        if (expect.suppressed() != null) {
            mentioned.addAll(expect.suppressed());
        }
        if (expect.exactly() != null) {
            mentioned.addAll(expect.exactly());
        }
        List<Optional<String>> outcomes = new ArrayList<>();
        outcomes.add(rules.unknown(mentioned));
        if (!expect.fires().isEmpty()) {
            outcomes.add(AdviceChecks.fired(advice, expect.fires()));
        }
        if (!expect.doesNotFire().isEmpty()) {
            outcomes.add(AdviceChecks.didNotFire(advice, expect.doesNotFire()));
        }
        expect.categoriesIncludes().forEach(category -> outcomes.add(AdviceChecks.showsCategory(advice, category)));
        expect.categoriesExcludes().forEach(category -> outcomes.add(AdviceChecks.showsNoCategory(advice, category)));
        if (expect.topCategory() != null || expect.topPriority() != null) {
            outcomes.add(AdviceChecks.top(advice, expect.topCategory(), expect.topPriority()));
        }
        if (expect.suppressed() != null) {
            outcomes.add(AdviceChecks.withholdsExactly(advice, expect.suppressed()));
        }
        if (expect.exactly() != null) {
            outcomes.add(AdviceChecks.showsExactly(advice, expect.exactly()));
        }
        outcomes.forEach(outcome -> outcome.ifPresent(problems::add));
    }
}
