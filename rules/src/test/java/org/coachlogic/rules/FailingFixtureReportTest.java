package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.coachlogic.CoachingEngine;
import org.coachlogic.testkit.FixtureResult;
import org.coachlogic.testkit.FixtureRunner;
import org.coachlogic.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Fixtures that must fail, and the exact words a tester reads when they do. */
class FailingFixtureReportTest {

    private static final FixtureRunner RUNNER = new FixtureRunner(CoachingEngine.builder().build());
    private static final Path DIR = Path.of("src/test/resources/failing-fixtures");

    @Test
    void aWrongExpectationShowsExpectedVersusActualWithReasons() {
        Path file = DIR.resolve("wrong-expectations.json");

        FixtureResult result = RUNNER.run(Fixtures.loadFile(file).get(0));

        assertThat(result.passed()).isFalse();
        assertThat(result.report()).isEqualTo("""
                FAIL short sleeper is wrongly expected to get a red-flag referral  [%s #1]
                  - expected to fire, but did not: safety.cauda-equina
                  - expected not to fire, but did: recovery.short-sleep
                  - expected the top recommendation to be URGENT SAFETY, but it was ADVICE RECOVERY (recovery.short-sleep)
                  actual recommendations, in order:
                    1. ADVICE   RECOVERY    recovery.short-sleep
                         because: sleep of 5.5 h per night is under 7 h
                  withheld: none
                """.formatted(file));
    }

    @Test
    void aMisspeltIdFailsAndSuggestsTheRealOne() {
        FixtureResult result = RUNNER.run(Fixtures.loadFile(DIR.resolve("misspelt-id.json")).get(0));

        assertThat(result.problems()).containsExactly(
                "the rule base has no rule safety.cauda-equna (did you mean safety.cauda-equina?)");
    }

    @Test
    void acceptedFactsFailAFixtureThatExpectsAnError() {
        FixtureResult result = RUNNER.run(Fixtures.loadFile(DIR.resolve("valid-facts-expected-invalid.json")).get(0));

        assertThat(result.problems()).containsExactly(
                "expected the facts to be rejected at [$.pain.intensity], but they were accepted");
    }
}
