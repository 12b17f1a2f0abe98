package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON Schemas against the codec: they must agree on every valid and every invalid document we have. */
class SchemaTest {

    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** Every facts document we keep: the example clients and every fixture's facts. */
    static List<Path> factsFiles() {
        List<Path> files = new ArrayList<>(Service.exampleClients());
        for (String folder : List.of("rules/src/test/fixtures", "examples/fixtures", "examples/vendor-pack/fixtures")) {
            try (Stream<Path> walk = Files.walk(Service.root().resolve(folder))) {
                walk.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /**
     * The fixtures in a file with their facts: the file itself for a client; each fixture's inline facts, with
     * the paths of its {@code expectError} when it expects the facts to be refused.
     */
    static List<JsonNode> fixtures(Path file) {
        JsonNode json = Schemas.readStrict(Service.read(file));
        if (json.isObject()) {
            return List.of(Service.JSON.createObjectNode().set("facts", json));
        }
        List<JsonNode> fixtures = new ArrayList<>();
        json.forEach(fixture -> {
            if (fixture.has("facts")) {
                fixtures.add(fixture);
            }
        });
        return fixtures;
    }

    @TestFactory
    Stream<DynamicTest> everyKeptFactsDocumentIsJudgedAlikeByTheSchemaAndTheCodec() {
        return factsFiles().stream().map(file -> dynamicTest(Service.root().relativize(file).toString(), () -> {
            for (JsonNode fixture : fixtures(file)) {
                JsonNode facts = fixture.get("facts");
                Set<String> schemaPaths = Schemas.paths(Schemas.FACTS, facts);
                if (!fixture.has("expectError")) {
                    assertThat(schemaPaths).as("schema errors").isEmpty();
                    CoachingJson.readFacts(facts.toString());
                    continue;
                }
                Set<String> expected = new LinkedHashSet<>();
                fixture.get("expectError").forEach(path -> expected.add(path.asText()));
                assertThat(schemaPaths).as(fixture.path("name").asText()).isEqualTo(expected);
                assertThatThrownBy(() -> CoachingJson.readFacts(facts.toString()))
                        .isInstanceOf(InvalidFactsException.class);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidDocumentIsRefusedByBothAtTheSamePaths() throws IOException {
        Path folder = Service.root().resolve("core/src/test/resources/invalid");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            List<Violation> codec;
            try {
                CoachingJson.readFacts(new java.io.ByteArrayInputStream(bytes));
                throw new AssertionError("the codec accepted " + file);
            } catch (InvalidFactsException e) {
                codec = e.violations();
            }
            Set<String> codecPaths = new LinkedHashSet<>(codec.stream().map(Violation::path).toList());
            JsonNode document;
            try {
                document = Schemas.readStrict(new String(bytes, StandardCharsets.UTF_8));
            } catch (UncheckedIOException notJson) {
                // Not one well-formed JSON document (syntax, a duplicate property, trailing content): no schema
                // applies, and the codec refused it, as asserted above.
                return;
            }
            if (document == null || document.isMissingNode()) {
                return;
            }
            Set<String> schemaPaths = Schemas.paths(Schemas.FACTS, document);
            String name = file.getFileName().toString();
            if (CodecOnly.NESTING.equals(name)) {
                assertThat(schemaPaths).as("the nesting limit; the schema refuses the file elsewhere").isNotEmpty();
                return;
            }
            if (CodecOnly.UNPAIRED_SURROGATE.equals(name)) {
                return;
            }
            assertThat(schemaPaths).as("schema paths against the codec's").isEqualTo(codecPaths);
        }));
    }

    /**
     * What JSON Schema cannot state and only the codec checks (docs/service.md): a nesting limit (the schema
     * refuses that file at another path) and an escaped unpaired surrogate in a free-text string (well-formed
     * JSON text whose string the schema accepts; the codec refuses it, as asserted first).
     */
    static final class CodecOnly {
        static final String NESTING = "deep-nesting.json";
        static final String UNPAIRED_SURROGATE = "escaped-unpaired-surrogate.json";
    }

    @Test
    void adviceForEveryExampleClientValidatesAgainstTheAdviceSchema() {
        CoachingEngine engine = CoachingEngine.builder().build();
        for (Path client : Service.exampleClients()) {
            String advice = CoachingJson.writeAdvice(engine.evaluate(CoachingJson.readFacts(Service.read(client))));

            assertThat(Schemas.paths(Schemas.ADVICE, Schemas.readStrict(advice))).as(client.toString()).isEmpty();
        }
    }

    @Test
    void adviceMissingARequiredPartIsRefusedByTheSchemaAndTheCodec() {
        String advice = "{\"complete\":true,\"recommendations\":[],\"suppressed\":[],\"ruleSet\":{\"name\":\"x\","
                + "\"version\":\"1\"}}";

        assertThat(Schemas.paths(Schemas.ADVICE, Schemas.readStrict(advice))).containsExactly("$.assessments");
        assertThatThrownBy(() -> CoachingJson.readAdvice(advice)).hasMessageContaining("$.assessments");
    }

    @Test
    void schemasAreServedAsKeptInDocs() {
        for (String name : List.of("facts.schema.json", "advice.schema.json")) {
            var response = service.get("/schemas/" + name);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(Service.read(Schemas.file(name)));
        }
    }
}
