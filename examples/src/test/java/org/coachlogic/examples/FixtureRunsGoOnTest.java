package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.coach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coach test} and {@code coach diff} report what fails where it fails and go on with the rest; a run
 * with nothing to do says so; running out of stack or memory is one line.
 */
class FixtureRunsGoOnTest {

    private static final String RUNAWAY_PACK = Coach.resource("recursing-pack").toString();

    @Test
    void testWithNoFixturesExitsTwoSayingSo(@TempDir Path empty) {
        // WHEN
        Coach.Run run = coach("test", empty.toString());

        // THEN
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).as(run.toString()).startsWith("coach: no fixtures found in " + empty);
    }

    @Test
    void aFixtureWhoseEvaluationFailsIsThatFixturesFailureAndTheRunGoesOn() {
        // GIVEN a pack rule that recurses without end for the first fixture only
        String fixtures = Coach.resource("recursing-pack/fixtures").toString();

        // WHEN
        Coach.Run run = coach("test", "--pack", RUNAWAY_PACK, fixtures);

        // THEN the first fails, named, the second passes, and the coverage table and counts are printed
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout()).as(run.toString())
                .contains("FAIL short sleep makes the rule recurse")
                .contains("the evaluation failed: StackOverflowError")
                .contains("recursing.recurse")
                .endsWith("1 passed, 1 failed\n");
        assertThat(run.stderr()).as(run.toString()).isEmpty();
    }

    @Test
    void runningOutOfStackIsOneLineUnlessVerbose(@TempDir Path folder) throws IOException {
        // GIVEN facts that make the runaway rule recurse
        Path facts = Files.writeString(folder.resolve("short-sleep.json"),
                "{\"client\": {\"age\": 40, \"experience\": \"NOVICE\"}, \"sleep\": {\"hoursPerNight\": 5}}");

        // WHEN
        Coach.Run quiet = coach("evaluate", "--pack", RUNAWAY_PACK, facts.toString());
        Coach.Run verbose = coach("evaluate", "--verbose", "--pack", RUNAWAY_PACK, facts.toString());

        // THEN
        assertThat(quiet.exitCode()).as(quiet.toString()).isEqualTo(1);
        assertThat(quiet.stderr().lines().toList()).as(quiet.toString()).singleElement().asString()
                .startsWith("coach: internal error: ran out of stack").contains("--verbose");
        assertThat(verbose.exitCode()).as(verbose.toString()).isEqualTo(1);
        assertThat(verbose.stderr().lines().count()).as(verbose.toString()).isGreaterThan(10);
    }

    @Test
    void aFixtureReadingFactsFromAnEndlessDeviceIsAnInvalidFixtureFile() {
        // GIVEN a fixture whose factsFile is /dev/zero
        String folder = Coach.resource("oversized-fixture").toString();

        // WHEN
        Coach.Run run = coach("test", folder);

        // THEN one problem for the file, no memory exhausted
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).as(run.toString())
                .contains("factsFile /dev/zero: is larger than 1 MB")
                .doesNotContain("OutOfMemoryError");
    }

    @Test
    void diffReportsEachInvalidInputAndComparesTheRest(@TempDir Path folder) throws IOException {
        // GIVEN one valid client and two invalid ones
        Files.copy(Coach.client("desk-worker.json"), folder.resolve("a-desk-worker.json"));
        Files.writeString(folder.resolve("b-unknown-key.json"),
                "{\"client\": {\"age\": 40, \"experience\": \"NOVICE\"}, \"redflags\": [\"FEVER\"]}");
        Files.writeString(folder.resolve("c-not-json.json"), "{\"client\": ");

        // WHEN
        Coach.Run run = coach("diff", "--pack", Coach.clientsFolder().resolveSibling("vendor-pack").toString(),
                folder.toString());

        // THEN
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stdout()).as(run.toString()).contains("a-desk-worker.json");
        assertThat(run.stderr()).as(run.toString())
                .contains("cannot use " + folder.resolve("b-unknown-key.json"))
                .contains("$.redflags")
                .contains("cannot use " + folder.resolve("c-not-json.json"))
                .contains("2 inputs were invalid");
    }
}
