package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class JsonApiTest {

    private static Service service;
    private static CoachingEngine english;

    @BeforeAll
    static void start() {
        service = Service.start();
        english = CoachingEngine.builder().build();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static String client(String name) {
        return Service.read(Service.root().resolve("examples/clients/" + name));
    }

    @Test
    void adviceIsTheEnginesAdviceWithTheRuleSetFingerprint() {
        // GIVEN the facts of the red-flag example client
        String facts = client("red-flags.json");

        // WHEN they are posted
        HttpResponse<String> response = service.postJson("/v1/advice", facts);

        // THEN the body is the advice contract on one line, byte for byte what the library writes, urgent referral
        // first
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/json"));
        String expected = CoachingJson.writeAdviceLine(english.evaluate(CoachingJson.readFacts(facts)));
        assertThat(response.body()).isEqualTo(expected);
        assertThat(Service.json(response).at("/recommendations/0/priority").asText()).isEqualTo("URGENT");
        assertThat(response.headers().firstValue(CoachServer.FINGERPRINT_HEADER))
                .hasValueSatisfying(v -> assertThat(v).matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void bodySentInChunksWithoutALengthGetsTheSameAdvice() {
        // GIVEN the red-flag client's facts sent in chunks of 100 bytes, with no Content-Length
        byte[] facts = client("red-flags.json").getBytes(StandardCharsets.UTF_8);
        List<byte[]> chunks = new ArrayList<>();
        for (int start = 0; start < facts.length; start += 100) {
            chunks.add(Arrays.copyOfRange(facts, start, Math.min(facts.length, start + 100)));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.url("/v1/advice")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(chunks)).build();

        // WHEN they are posted THEN the advice is the one a declared length gets, urgent referral first
        HttpResponse<String> response = service.send(request);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(service.postJson("/v1/advice", client("red-flags.json")).body());
        assertThat(Service.json(response).at("/recommendations/0/priority").asText()).isEqualTo("URGENT");
    }

    @Test
    void localeParameterGivesGermanAdvice() {
        // GIVEN an example client WHEN its advice is asked for in German
        HttpResponse<String> response = service.postJson("/v1/advice?locale=de", client("desk-worker.json"));

        // THEN it is the German advice
        String expected = CoachingJson.writeAdviceLine(CoachingEngine.builder().locale(java.util.Locale.GERMAN).build()
                .evaluate(CoachingJson.readFacts(client("desk-worker.json"))));
        assertThat(response.body()).isEqualTo(expected);
    }

    @Test
    void unsupportedLocaleIsAProblemAtTheQueryParameter() {
        HttpResponse<String> response = service.postJson("/v1/advice?locale=xx", client("desk-worker.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Service.json(response).at("/violations/0/path").asText()).isEqualTo("?locale");
    }

    @Test
    void invalidFactsListEveryViolationWithItsPath() {
        // GIVEN facts with three problems
        String facts = "{\"client\":{\"age\":5,\"experience\":\"novice\"},\"pain\":{\"intensity\":12}}";

        // WHEN they are posted
        HttpResponse<String> response = service.postJson("/v1/advice", facts);

        // THEN a problem+json lists all three, with their paths
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Service.json(response);
        assertThat(problem.path("type").asText()).isEqualTo("urn:coachlogic:problem:invalid-facts");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("instance").asText()).isEqualTo("/v1/advice");
        assertThat(problem.path("violations").findValuesAsText("path"))
                .containsExactly("$.client.age", "$.client.experience", "$.pain.intensity");
    }

    @Test
    void textThatIsNotJsonIsAProblemAtTheRoot() {
        HttpResponse<String> response = service.postJson("/v1/advice", "client: 42");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Service.json(response).at("/violations/0/path").asText()).isEqualTo("$");
    }

    @Test
    void wrongMediaTypeIs415() {
        assertThat(service.post("/v1/advice", "text/plain", client("athlete.json")).statusCode()).isEqualTo(415);
        assertThat(service.post("/v1/advice", null, client("athlete.json")).statusCode()).isEqualTo(415);
        assertThat(service.post("/v1/advice", "application/json; charset=iso-8859-1", client("athlete.json"))
                .statusCode()).isEqualTo(415);
        assertThat(service.post("/v1/advice", "application/json; charset=UTF-8", client("athlete.json"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void ruleListingHasEveryRuleOfTheEngine() {
        HttpResponse<String> response = service.get("/v1/rules");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Service.json(response).findValuesAsText("id")).containsExactlyElementsOf(
                english.rules().stream().map(r -> r.id()).toList());
    }

    @Test
    void parameterListingHasEveryParameter() {
        HttpResponse<String> response = service.get("/v1/parameters");

        assertThat(Service.json(response).findValuesAsText("name")).containsExactlyElementsOf(
                english.parameters().stream().map(p -> p.name()).toList());
    }

    @Test
    void ruleSetNamesItselfAndItsFingerprint() {
        HttpResponse<String> ruleSet = service.get("/v1/rule-set");
        HttpResponse<String> advice = service.postJson("/v1/advice", client("novice.json"));

        JsonNode json = Service.json(ruleSet);
        assertThat(json.path("name").asText()).isEqualTo("coachlogic-default");
        assertThat(json.path("packs").isEmpty()).isTrue();
        assertThat(json.path("fingerprint").asText())
                .isEqualTo(advice.headers().firstValue(CoachServer.FINGERPRINT_HEADER).orElseThrow());
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        HttpResponse<String> missing = service.get("/v1/nothing-here");
        HttpResponse<String> wrongMethod = service.get("/v1/advice");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrongMethod.statusCode()).isIn(404, 405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void healthAndMetricsAnswer() {
        service.postJson("/v1/advice", client("red-flags.json"));

        assertThat(service.get("/health/live").statusCode()).isEqualTo(200);
        assertThat(Service.json(service.get("/health/ready")).path("status").asText()).isEqualTo("ready");
        String metrics = service.get("/metrics").body();
        assertThat(metrics).contains("coachlogic_evaluations_total{priority=\"URGENT\"}")
                .contains("coachlogic_http_requests_total{method=\"POST\",route=\"/v1/advice\",status=\"200\"}")
                .contains("coachlogic_http_request_duration_seconds_bucket");
    }
}
