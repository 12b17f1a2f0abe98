package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class CdsHooksTest {

    static final String SERVICE = "/cds-services/" + CdsHooks.SERVICE_ID;
    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** A CDS Hooks request from src/test/resources/cds/NAME.json. */
    static String request(String name) {
        try (var in = CdsHooksTest.class.getResourceAsStream("/cds/" + name + ".json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void discoveryListsThePatientViewServiceWithItsPrefetch() {
        JsonNode discovery = Service.json(service.get("/cds-services"));

        JsonNode only = discovery.path("services").get(0);
        assertThat(discovery.path("services")).hasSize(1);
        assertThat(only.path("hook").asText()).isEqualTo("patient-view");
        assertThat(only.path("id").asText()).isEqualTo(CdsHooks.SERVICE_ID);
        assertThat(only.path("description").asText()).isNotBlank();
        assertThat(only.path("prefetch").path("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
    }

    @Test
    void caudaEquinaSignsInFhirGiveACriticalCardFirst() {
        // GIVEN a patient with saddle numbness and bladder change as conditions and leg symptoms on both sides
        // WHEN the patient-view hook is called
        HttpResponse<String> response = service.postJson(SERVICE, request("cauda-equina"));

        // THEN the first card is the critical cauda-equina referral, and nothing outside safety follows it
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode cards = Service.json(response).path("cards");
        JsonNode first = cards.get(0);
        assertThat(first.path("indicator").asText()).isEqualTo("critical");
        assertThat(first.path("source").path("topic").path("code").asText()).isEqualTo("safety.cauda-equina");
        assertThat(first.path("summary").asText().length()).isLessThanOrEqualTo(140);
        assertThat(first.path("detail").asText()).contains("**Why**").contains("**Sources**");
        assertThat(first.path("source").path("label").asText()).startsWith("coachlogic-default");
        assertThat(UUID.fromString(first.path("uuid").asText())).isNotNull();
        cards.forEach(card -> assertThat(card.path("source").path("topic").path("display").asText())
                .isEqualTo("SAFETY"));
    }

    @Test
    void cardsFollowTheAdvicesOrderAndPriorities() {
        JsonNode cards = Service.json(service.postJson(SERVICE, request("desk-worker"))).path("cards");

        assertThat(cards.size()).isGreaterThan(0);
        assertThat(cards.findValuesAsText("indicator")).allMatch(i -> i.matches("info|warning|critical"));
        assertThat(cards.findValuesAsText("code")).contains("recovery.short-sleep");
    }

    @Test
    void withoutTrainingExperienceOnlyWhatHoldsForEveryExperienceIsShown() {
        // GIVEN the desk worker's prefetch without the experience observation
        ObjectNode request = (ObjectNode) Service.json(service.postJson(SERVICE, request("desk-worker")));
        JsonNode withExperience = request.path("cards");
        ObjectNode without = (ObjectNode) readTree(request("desk-worker"));
        ((com.fasterxml.jackson.databind.node.ArrayNode) without.at("/prefetch/observations/entry")).remove(0);

        // WHEN the hook is called
        JsonNode cards = Service.json(service.postJson(SERVICE, without.toString())).path("cards");

        // THEN the novice-only technique advice is not shown; sleep advice, which holds for all, is
        assertThat(withExperience.findValuesAsText("code")).contains("technique.learn-the-lifts");
        assertThat(cards.findValuesAsText("code")).doesNotContain("technique.learn-the-lifts")
                .contains("recovery.short-sleep");
    }

    @Test
    void missingPatientPrefetchIs412() {
        ObjectNode request = (ObjectNode) readTree(request("desk-worker"));
        ((ObjectNode) request.path("prefetch")).remove("patient");

        HttpResponse<String> response = service.postJson(SERVICE, request.toString());

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void valueOutOfRangeInFhirIsAProblemNamingTheResource() {
        String request = request("desk-worker").replace("\"valueInteger\": 8", "\"valueInteger\": 80");

        HttpResponse<String> response = service.postJson(SERVICE, request);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode violation = Service.json(response).path("violations").get(0);
        assertThat(violation.path("path").asText()).isEqualTo("$.stress.level");
        assertThat(violation.path("message").asText()).contains("Observation/o-12");
    }

    @Test
    void requestThatIsNotPatientViewIsAProblem() {
        HttpResponse<String> response = service.postJson(SERVICE, "{\"hook\":\"order-sign\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Service.json(response).path("violations").findValuesAsText("path"))
                .containsExactly("$.hook", "$.hookInstance", "$.context.patientId");
    }

    @Test
    void unknownServiceIs404() {
        assertThat(service.postJson("/cds-services/other", request("desk-worker")).statusCode()).isEqualTo(404);
    }

    @Test
    void feedbackIsCountedByOutcome() {
        String feedback = "{\"feedback\":[{\"card\":\"" + UUID.randomUUID() + "\",\"outcome\":\"accepted\","
                + "\"outcomeTimestamp\":\"2026-12-01T10:00:00Z\"},{\"card\":\"" + UUID.randomUUID()
                + "\",\"outcome\":\"overridden\",\"outcomeTimestamp\":\"2026-12-01T10:00:00Z\"}]}";

        HttpResponse<String> response = service.postJson(SERVICE + "/feedback", feedback);
        HttpResponse<String> invalid = service.postJson(SERVICE + "/feedback",
                "{\"feedback\":[{\"outcome\":\"ignored\"}]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(service.get("/metrics").body()).contains("coachlogic_cds_feedback_total{outcome=\"accepted\"}")
                .contains("coachlogic_cds_feedback_total{outcome=\"overridden\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Service.json(invalid).path("violations").findValuesAsText("path"))
                .containsExactly("$.feedback[0].card", "$.feedback[0].outcome");
    }

    static JsonNode readTree(String json) {
        try {
            return Service.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
