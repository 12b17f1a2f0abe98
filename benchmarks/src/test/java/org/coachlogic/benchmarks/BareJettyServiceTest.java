package org.coachlogic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service-load baselines answer each example client over real HTTP with the very bytes the codec writes for it,
 * the service's answer: so that what {@link ServiceLoad} compares is the same work in each.
 */
class BareJettyServiceTest {

    private static final Path CLIENTS = Path.of("..", "examples", "clients");

    @ParameterizedTest
    @ValueSource(strings = {"blocking", "selectors", "http-only"})
    void answersEachExampleClientWithItsAdviceLine(String mode) throws Exception {
        CoachingEngine engine = CoachingEngine.builder().build();
        HttpClient http = HttpClient.newHttpClient();
        Server server = BareJettyService.start(mode, 0, CLIENTS);
        try {
            URI advice = URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
                    + "/v1/advice");
            List<Path> clients;
            try (var files = Files.list(CLIENTS)) {
                clients = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            }
            assertThat(clients).hasSizeGreaterThan(3);
            for (Path client : clients) {
                byte[] body = Files.readAllBytes(client);
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                CoachingJson.writeAdviceLine(engine.evaluate(CoachingJson.readFacts(new ByteArrayInputStream(body))),
                        expected);
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(advice)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).as(client.toString()).isEqualTo(200);
                assertThat(new String(response.body(), "UTF-8")).as(client.toString())
                        .isEqualTo(expected.toString("UTF-8"));
            }
        } finally {
            server.stop();
        }
    }
}
