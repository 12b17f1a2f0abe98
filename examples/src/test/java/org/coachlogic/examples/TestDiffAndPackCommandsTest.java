package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.coach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coachlogic.CoachingEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coach test}, {@code coach diff} and {@code --pack}, run as a process against the packaged jar. */
class TestDiffAndPackCommandsTest {

    private static final String VENDOR_PACK = "vendor-pack";

    @TempDir
    Path temp;

    @Test
    void testRunsTheProjectFixturesWithEveryRuleCovered() {
        Coach.Run run = coach("test", "../rules/src/test/fixtures", "fixtures");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ passed, 0 failed");
        int rules = CoachingEngine.builder().build().rules().size();
        assertThat(run.stdout()).contains(rules + " of " + rules + " rules covered; 0 never fired");
    }

    @Test
    void aFailingFixtureExitsOneWithExpectedVersusActual() {
        Coach.Run run = coach("test", Coach.resource("failing-fixtures").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout())
                .contains("FAIL a desk worker is wrongly expected to get an urgent referral")
                .contains("- expected to fire, but did not: safety.cauda-equina")
                .contains("actual recommendations, in order:")
                .contains("programming.posture-back-and-core")
                .endsWith("0 passed, 1 failed\n");
    }

    @Test
    void anInvalidFixtureFileExitsTwoNamingTheFileAndEveryProblem() {
        Coach.Run run = coach("test", Coach.resource("invalid-fixtures").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("no-name.json")
                .contains("\"name\" is required")
                .contains("expect.fires must be an array of strings")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theVendorPackPassesItsFixturesAndWritesACoverageReport() throws IOException {
        Path report = temp.resolve("coverage.md");

        Coach.Run run = coach("test", "--pack", VENDOR_PACK, "--report", report.toString(), VENDOR_PACK + "/fixtures");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("northside.pre-session-pain-screen").endsWith("8 passed, 0 failed\n");
        assertThat(Files.readString(report)).startsWith("# Rule coverage")
                .contains("| `northside.sleep-stress-workshop` | RECOVERY | ADVICE | 2 | 1 |  |");
    }

    @Test
    void rulesWithAPackShowTheOverrideAndTheDisabledRuleWithReasons() {
        Coach.Run run = coach("rules", "--pack", VENDOR_PACK);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout())
                .contains("[pack northside-physio overrides the default: Our physiotherapists progress clients")
                .contains("disabled: activity.no-passive-supports  [pack northside-physio: Brace and belt questions")
                .contains("northside.pre-session-pain-screen");
    }

    @Test
    void aBrokenPackExitsTwoListingEveryProblemWithFileAndLine() {
        Coach.Run run = coach("evaluate", "--pack", Coach.resource("broken-pack").toString(),
                Coach.client("desk-worker.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().lines().toList()).containsExactly(
                "coach: the rule pack cannot be used (3 problems):",
                "broken-clinic: pack.json:2:17: cannot disable safety.cauda-equina: it is a default URGENT SAFETY rule, "
                        + "and default safety rules cannot be switched off",
                "broken-clinic: clinic.drl:6: rule \"Walk daily\": unknown source key \"who-2021\"",
                "broken-clinic: clinic.drl:17: Sleep has no field hoursOfSleep; did you mean hoursPerNight?");
    }

    @Test
    void diffListsWhatThePackChangesPerInputWithASummary() {
        Coach.Run run = coach("diff", "--pack", VENDOR_PACK, Coach.clientsFolder().toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout())
                .contains("chronic-pain.json\n  - activity.no-passive-supports (was ADVICE)")
                .contains("red-flags.json\n  + northside.pre-session-pain-screen (CAUTION)")
                .endsWith("6 inputs, 5 changed: 1 appeared, 4 disappeared, 0 changed priority\n");
    }

    @Test
    void diffWithoutAPackIsAUsageError() {
        // WHEN diffing without the required --pack
        Coach.Run run = coach("diff", Coach.clientsFolder().toString());

        // THEN picocli names the missing option and the command exits 2
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("Missing required option: '--pack=DIR'");
    }
}
