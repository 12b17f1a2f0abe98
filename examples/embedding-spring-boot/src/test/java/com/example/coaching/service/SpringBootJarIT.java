package com.example.coaching.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spring Boot jar, started with {@code java -jar} and called over HTTP on loopback: Spring's own
 * ObjectMapper reads {@code @RequestBody ClientFacts} as strictly as {@code CoachingJson.readFacts}.
 */
class SpringBootJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Process service;
    private static URI advice;
    private static final StringBuilder OUTPUT = new StringBuilder();

    @BeforeAll
    static void startTheJar() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("app.jar"), "--server.port=" + port, "--server.address=127.0.0.1")
                .redirectErrorStream(true).start();
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (OUTPUT) {
                        OUTPUT.append(line).append('\n');
                    }
                    if (line.contains("Started CoachingService")) {
                        started.complete(true);
                    }
                }
            } catch (Exception e) {
                // the process ended; started completes below
            }
            started.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(started.get(180, TimeUnit.SECONDS)).as("%s", OUTPUT).isTrue();
        advice = URI.create("http://127.0.0.1:" + port + "/advice");
    }

    @AfterAll
    static void stopTheJar() throws Exception {
        if (service != null) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRedFlagGetsTheUrgentReferralFirstAndThePackInsideTheJarRuns() throws Exception {
        // GIVEN a client with red flags
        String facts = Files.readString(Path.of(System.getProperty("coach.clients"), "red-flags.json"));

        // WHEN posting the facts
        HttpResponse<String> response = post(facts);

        // THEN the advice is complete and starts with the urgent referral, which withholds the pack's advice
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("complete").asBoolean()).isTrue();
        assertThat(body.path("recommendations").path(0).path("id").asText()).isEqualTo("safety.cauda-equina");
        assertThat(body.path("recommendations").path(0).path("priority").asText()).isEqualTo("URGENT");
        assertThat(body.path("suppressed").findValuesAsText("id")).contains("service.evening-routine");
    }

    @Test
    void anUnknownKeyAndAMisspeltRedFlagAreRefusedWithEveryProblemAndItsPath() throws Exception {
        // GIVEN facts with the red flags under a wrong key, a misspelt red flag and a misspelt sleep field
        String facts = """
                { "client": { "age": 40, "experience": "NOVICE" },
                  "redflags": ["FEVER"],
                  "pain": { "region": "LOW_BACK", "intensity": 5 },
                  "sleep": { "hoursPerNigth": 7 } }
                """.replace("\"pain\"", "\"redFlags\": [\"SADDLE_NUMBNES\"], \"pain\"");

        // WHEN posting them
        HttpResponse<String> response = post(facts);

        // THEN nothing is evaluated: each problem is named at its path
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> paths = JSON.readTree(response.body()).path("violations").findValuesAsText("path");
        assertThat(paths).as(response.body()).containsExactlyInAnyOrder("$.redflags", "$.redFlags[0]",
                "$.sleep.hoursPerNigth");
    }

    @Test
    void theApplicationHasOneLoggingBinding() {
        // GIVEN the service's output since it started, WHEN reading it, THEN SLF4J found one provider
        synchronized (OUTPUT) {
            assertThat(OUTPUT.toString()).doesNotContain("multiple SLF4J").doesNotContain("SLF4J(W)")
                    .doesNotContain("NOP");
        }
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(advice).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
