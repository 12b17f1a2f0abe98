package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.testkit.AdviceLines;
import org.coachlogic.testkit.ClientGenerator;
import org.junit.jupiter.api.Test;

/** The batch line format of {@code coach batch} and the Spark module: one output line per input line. */
class AdviceLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aValidLineGivesTheAdviceOnOneLine() {
        CoachingEngine engine = CoachingEngine.builder().build();
        String facts = "{\"client\":{\"age\":40,\"experience\":\"NOVICE\"},\"sleep\":{\"hoursPerNight\":5.5}}";

        AdviceLines.Result result = AdviceLines.evaluate(engine, 1, facts);

        assertThat(result.valid()).isTrue();
        assertThat(result.advised()).isTrue();
        assertThat(result.json()).isEqualTo(CoachingJson.writeAdviceLine(engine.evaluate(CoachingJson.readFacts(facts))))
                .endsWith("}\n").doesNotContain("\n  ");
        assertThat(CoachingJson.readAdvice(result.json())).isEqualTo(result.advice());
    }

    @Test
    void anInvalidLineGivesAnErrorRecordWithEveryProblem() throws Exception {
        AdviceLines.Result result = AdviceLines.evaluate(CoachingEngine.builder().build(), 7,
                "{\"client\":{\"age\":5,\"experience\":\"NOVICE\"},\"stress\":{\"level\":11}}");

        JsonNode record = JSON.readTree(result.json());
        assertThat(result.valid()).isFalse();
        assertThat(record.get("line").asLong()).isEqualTo(7);
        assertThat(record.get("error").asText()).isEqualTo(AdviceLines.INVALID_FACTS);
        assertThat(record.get("problems").findValuesAsText("path")).containsExactly("$.client.age", "$.stress.level");
        assertThat(result.json()).endsWith("}\n").hasLineCount(1);
    }

    @Test
    void aLineWithIncompleteAdviceIsStillWrittenWithItsSafetyAdvice() throws Exception {
        // GIVEN a pack whose rule deletes an input fact when a red flag is reported, which the engine stops
        CoachingEngine engine = CoachingEngine.builder().withPack(Path.of("src/test/resources/packs/deletes-flag")).build();

        // WHEN a client with a red flag is evaluated
        AdviceLines.Result result = AdviceLines.evaluate(engine, 3,
                "{\"client\":{\"age\":40,\"experience\":\"NOVICE\"},\"redFlags\":[\"FEVER\"]}");

        // THEN the line has advice, marked incomplete, with the safety recommendation and the failure
        JsonNode advice = JSON.readTree(result.json());
        assertThat(result.advised()).isTrue();
        assertThat(result.advice().complete()).isFalse();
        assertThat(advice.get("complete").asBoolean()).isFalse();
        assertThat(advice.get("recommendations").findValuesAsText("id")).containsExactly("safety.infection");
        assertThat(result.json()).contains("input facts are read-only").hasLineCount(1);
    }

    @Test
    void populationAdviceLinesWrittenToAStreamAreTheBytesOfTheLineStrings() throws IOException {
        // GIVEN the advice for generated clients, in German (text outside ASCII), and for clients at the thresholds
        CoachingEngine engine = CoachingEngine.builder().build();
        CoachingEngine german = CoachingEngine.builder().locale(Locale.GERMAN).build();
        List<ClientFacts> population = ClientGenerator.population(21).stream(3_000).toList();
        List<ClientFacts> thresholds = ClientGenerator.thresholds(22).stream(3_000).toList();

        for (int pass = 0; pass < 2; pass++) { // the second pass copies recommendations written in the first
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            StringBuilder lines = new StringBuilder();
            for (CoachingEngine one : List.of(engine, german)) {
                for (List<ClientFacts> clients : List.of(population, thresholds)) {
                    for (ClientFacts facts : clients) {
                        // WHEN each is written to a stream and as a string
                        AdviceLines.Result result = AdviceLines.evaluate(one, 1, CoachingJson.writeFactsLine(facts));
                        result.writeJson(stream);
                        lines.append(result.json());
                    }
                }
            }

            // THEN the stream holds the UTF-8 bytes of the strings
            assertThat(stream.toByteArray()).isEqualTo(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
