package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The embedding example runs as documented: {@code java -cp coach.jar ...EmbeddingExample}. */
class EmbeddingExampleTest {

    @Test
    void theEmbeddingExampleRunsAndShowsAdviceAndViolations() {
        // WHEN running the example
        Coach.Run run = Coach.javaMain("org.coachlogic.examples.embedding.EmbeddingExample");

        // THEN it succeeds quietly, prints advice for both clients and both violations of the invalid one
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).isEmpty();
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).anyMatch(line -> line.startsWith("== Facts built in Java (rule set "))
                .anyMatch(line -> line.startsWith("== Facts read from JSON (rule set "))
                .contains("== Invalid facts")
                .anyMatch(line -> line.startsWith("$.client.experience: "))
                .anyMatch(line -> line.startsWith("$.stress.level: "));
        assertThat(lines).anyMatch(line -> line.matches("\\[(URGENT|CAUTION|ADVICE)] \\S+: .+"));
    }
}
