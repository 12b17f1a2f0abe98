package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HostileRequestTest {

    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static Path gatePack() {
        return Path.of(System.getProperty("coach.root", "..")).resolve("server/src/test/resources/packs/gate")
                .toAbsolutePath().normalize();
    }

    @Test
    void bodyOverTheLimitIsRefusedWith413() {
        String huge = "{\"client\":{\"age\":42,\"experience\":\"NOVICE\",\"sport\":{\"name\":\""
                + "x".repeat(1 << 20) + "\"}}}";

        HttpResponse<String> response = service.postJson("/v1/advice", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void streamedBodyOverTheLimitIsRefusedWith413() {
        // GIVEN a body sent in chunks, without a declared length
        byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            chunks.add(chunk);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.url("/v1/advice")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(chunks)).build();

        // WHEN it is sent THEN reading stops at the limit with 413
        assertThat(service.send(request).statusCode()).isEqualTo(413);
    }

    @Test
    void deeplyNestedDocumentIsAProblemNotACrash() {
        String deep = "{\"client\":{\"age\":42,\"experience\":\"NOVICE\"},\"goals\":" + "[".repeat(5000)
                + "]".repeat(5000) + "}";

        HttpResponse<String> response = service.postJson("/v1/advice", deep);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Service.json(response).at("/violations/0/message").asText()).contains("nested");
    }

    @Test
    void wrongTypesAreProblemsAtTheirPaths() {
        HttpResponse<String> response = service.postJson("/v1/advice",
                "{\"client\":{\"age\":\"42\",\"experience\":[\"NOVICE\"]},\"redFlags\":\"FEVER\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Service.json(response).path("violations").findValuesAsText("path"))
                .containsExactly("$.client.age", "$.client.experience", "$.redFlags");
    }

    @Test
    void silentConnectionIsClosedAfterTheIdleTimeout() throws IOException {
        // GIVEN a service with an idle timeout of one second, and a client that sends half a request, then nothing
        try (Service impatient = Service.start(ServerSettings.defaults().withLimits(
                ServerSettings.DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(1)));
                Socket socket = new Socket("127.0.0.1", impatient.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"client\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // WHEN it waits THEN the service ends the exchange itself (idle timeout of one second here)
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            StringBuilder answer = new StringBuilder();
            for (int read; (read = in.read(buffer)) != -1; ) {
                answer.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
            }
            assertThat(answer.toString()).satisfiesAnyOf(a -> assertThat(a).isEmpty(),
                    a -> assertThat(a).startsWith("HTTP/1.1 4"), a -> assertThat(a).startsWith("HTTP/1.1 5"));
            // AND the service still answers others
            assertThat(impatient.get("/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void manyRequestsAtOnceGetAdviceOrATurnAwayNeverAFailure() throws Exception {
        String facts = Service.read(Service.root().resolve("examples/clients/chronic-pain.json"));
        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                responses.add(clients.submit(() -> service.postJson("/v1/advice", facts)));
            }
            for (Future<HttpResponse<String>> response : responses) {
                assertThat(response.get().statusCode()).isIn(200, 503);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void fullQueueTurnsRequestsAwayWith503AndRetryAfter() throws Exception {
        // GIVEN one worker, no queue, and the worker held busy by an evaluation waiting at the test pack's gate
        ServerSettings settings = ServerSettings.defaults().withCapacity(1, 0).withPacks(List.of(gatePack()), false);
        try (Service small = Service.start(settings)) {
            Gate.close();
            CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() ->
                    small.postJson("/v1/advice", Gate.heldFacts()));
            Gate.awaitArrival();

            // WHEN another request comes
            HttpResponse<String> turnedAway = small.postJson("/v1/advice",
                    Service.read(Service.root().resolve("examples/clients/athlete.json")));
            Gate.open();

            // THEN it is turned away at once with 503 and Retry-After, and the held one completes
            assertThat(turnedAway.statusCode()).isEqualTo(503);
            assertThat(turnedAway.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(Service.json(turnedAway).path("type").asText()).isEqualTo("urn:coachlogic:problem:overloaded");
            assertThat(held.get().statusCode()).isEqualTo(200);
            assertThat(small.get("/metrics").body()).contains("coachlogic_errors_total{kind=\"queue-full\"} 1.0");
        } finally {
            Gate.open();
        }
    }

    @Test
    void stopEndsAfterTheGracePeriodWhenARequestIsStillHeld() throws Exception {
        // GIVEN a grace period of one second and a request held in evaluation past it
        ServerSettings settings = ServerSettings.defaults().withPacks(List.of(gatePack()), false)
                .withShutdownGrace(Duration.ofSeconds(1));
        Service stopping = Service.start(settings);
        int port = stopping.server.port();
        try {
            Gate.close();
            CompletableFuture.runAsync(() -> stopping.postJson("/v1/advice", Gate.heldFacts()));
            Gate.awaitArrival();

            // WHEN the service is stopped THEN close() returns without an exception while the gate still holds the
            // evaluation (the gate opens only in the finally block below)
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(stopping::close);
            assertThat(stopped).succeedsWithin(Duration.ofSeconds(60));
            // AND the service no longer takes connections
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
                    .isInstanceOf(IOException.class);
        } finally {
            Gate.open();
            stopping.close();
        }
    }

    @Test
    void stopFinishesTheRequestInFlight() throws Exception {
        // GIVEN a request held in evaluation
        ServerSettings settings = ServerSettings.defaults().withPacks(List.of(gatePack()), false);
        Service stopping = Service.start(settings);
        try {
            Gate.close();
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() ->
                    stopping.postJson("/v1/advice", Gate.heldFacts()));
            Gate.awaitArrival();

            // WHEN the service is stopped while it is held, and then let through
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(stopping::close);
            Thread.sleep(200);
            Gate.open();
            stopped.get();

            // THEN the request in flight got its advice
            HttpResponse<String> response = inFlight.get();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Service.json(response).path("recommendations").findValuesAsText("id")).contains("test.held");
        } finally {
            Gate.open();
            stopping.close();
        }
    }
}
