package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A red-flag client never gets only an error: an evaluation the engine stops still gives the safety advice. */
class FailSafeAdviceTest {

    @Test
    void runawayPackStillGivesTheRedFlagClientItsUrgentReferralAs200() {
        // GIVEN a service with a pack whose rules never settle
        Path runaway = Service.root().resolve("rules/src/test/resources/attacks/runaway");
        try (Service service = Service.start(ServerSettings.defaults().withPacks(List.of(runaway), false))) {

            // WHEN a client with cauda-equina signs asks for advice
            HttpResponse<String> response = service.postJson("/v1/advice",
                    Service.read(Service.root().resolve("examples/clients/red-flags.json")));

            // THEN the answer is 200, says it is incomplete and why, and carries the urgent referral first
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode advice = Service.json(response);
            assertThat(advice.path("complete").asBoolean(true)).isFalse();
            assertThat(advice.path("failure").path("message").asText()).isNotBlank();
            assertThat(advice.at("/recommendations/0/id").asText()).isEqualTo("safety.cauda-equina");
            assertThat(Schemas.paths(Schemas.ADVICE, Schemas.readStrict(response.body()))).isEmpty();
        }
    }
}
