package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Output that cannot be written is an error, never a silent success; closed standard input is named as such. */
class LostOutputAndClosedInputTest {

    @Test
    void adviceWrittenToAFullDiskExitsOneSayingTheOutputIsLost() {
        // GIVEN standard output on a device that is always full
        String command = java() + " evaluate --json " + Coach.client("red-flags.json") + " > /dev/full";

        // WHEN
        Coach.Run run = Coach.run(List.of("bash", "-c", command), null);

        // THEN
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr()).as(run.toString()).startsWith("coach: cannot write to standard output");
    }

    @Test
    void adviceWrittenToAClosedStandardOutputExitsOne() {
        // GIVEN standard output closed
        String command = "exec >&-; " + java() + " evaluate " + Coach.client("red-flags.json");

        // WHEN
        Coach.Run run = Coach.run(List.of("bash", "-c", command), null);

        // THEN
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr()).as(run.toString()).startsWith("coach: cannot write to standard output");
    }

    @Test
    void readingAClosedStandardInputSaysItIsClosed() {
        // GIVEN standard input closed
        String command = "exec <&-; " + java() + " evaluate -";

        // WHEN
        Coach.Run run = Coach.run(List.of("bash", "-c", command), null);

        // THEN
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).as(run.toString())
                .isEqualTo("coach: cannot read standard input: it is closed (give a FILE, or pipe the facts in)\n");
    }

    private static String java() {
        return "'" + Coach.java() + "' -jar '" + Coach.jar() + "'";
    }
}
