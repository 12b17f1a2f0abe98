package com.example.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The application shaded as docs/embedding.md configures maven-shade-plugin runs with {@code java -jar}:
 * Drools finds its parts, the signed ECJ jar does not break it, and the clinic's pack compiles inside it.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of(System.getProperty("app.jar"));
    private static final Path CLIENTS = Path.of(System.getProperty("coach.clients"));

    @Test
    void theShadedJarPutsTheUrgentReferralFirstAndRunsThePackFromInsideTheJar() throws Exception {
        // GIVEN the shaded jar and a client with red flags
        Path client = CLIENTS.resolve("red-flags.json");

        // WHEN running it as a process
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), client.toString()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        // THEN it prints complete advice: the urgent referral first, the pack's rule among the rest
        assertThat(process.exitValue()).as(stderr).isZero();
        JsonNode advice = new ObjectMapper().readTree(stdout);
        assertThat(advice.path("complete").asBoolean()).as(stdout).isTrue();
        JsonNode first = advice.path("recommendations").path(0);
        assertThat(first.path("id").asText()).isEqualTo("safety.cauda-equina");
        assertThat(first.path("priority").asText()).isEqualTo("URGENT");
        List<String> ids = advice.path("recommendations").findValuesAsText("id");
        assertThat(ids).contains("clinic.pre-session-pain-screen");
    }
}
