package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;

import org.apiguardian.api.API;

import org.coachlogic.Advice;
import org.coachlogic.Violation;

/**
 * The outcome of one fixture.
 *
 * @param fixture    the fixture
 * @param problems   every way the outcome differs from the expectation, in plain words; empty if it passed
 * @param advice     the advice the engine gave; {@code null} if the facts were invalid
 * @param violations the violations reported for invalid facts; empty if they were valid
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FixtureResult(Fixture fixture, List<String> problems, Advice advice, List<Violation> violations) {

    public FixtureResult {
        problems = List.copyOf(problems);
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** The ids that fired: shown or withheld. Empty if the facts were invalid. */
    public List<String> fired() {
        return advice == null ? List.of() : AdviceText.fired(advice);
    }

    /** A failure report a tester understands at a glance: expected versus actual, then the whole advice. */
    public String report() {
        StringBuilder text = new StringBuilder();
        text.append(passed() ? "PASS " : "FAIL ").append(fixture.name()).append("  [").append(fixture.location())
                .append("]\n");
        for (String problem : problems) {
            text.append("  - ").append(problem).append('\n');
        }
        if (!passed()) {
            if (advice != null) {
                text.append(AdviceText.describe(advice));
            }
            if (!violations.isEmpty()) {
                text.append("  reported as invalid:\n");
                violations.forEach(v -> text.append("    ").append(v).append('\n'));
            }
        }
        return text.toString();
    }
}
