package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The {@code ./coach} script itself passes the CLI's output, error stream and exit code through untouched. */
class CoachScriptTest {

    @Test
    void theScriptPrintsAdviceForAnExampleClient() {
        Coach.Run run = Coach.script(null, "evaluate", Coach.client("desk-worker.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("programming.posture-back-and-core");
    }

    @Test
    void theScriptKeepsTheErrorStreamAndExitCodeOfInvalidInput() {
        byte[] facts = "{\"client\":{\"age\":200,\"experience\":\"NOVICE\"},\"redFlags\":[\"FEVR\"]}"
                .getBytes(StandardCharsets.UTF_8);

        Coach.Run run = Coach.script(facts, "evaluate", "-");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("$.client.age: must be between 10 and 120, was 200")
                .contains("$.redFlags[0]: must be one of");
    }
}
