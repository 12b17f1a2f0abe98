package org.coachlogic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file {@code invalid/<name-of-the-error>.json} comes with {@code <name>.expected}: one line per
 * violation, in order, giving its path and then the start of its message.
 */
class CoachingJsonInvalidFactsTest {

    private static final String MINIMAL_CLIENT = "\"client\": {\"age\": 42, \"experience\": \"NOVICE\"}";

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsEveryProblemWithItsPathInDocumentOrder(String fixture) throws IOException {
        // GIVEN
        String json = CoachingJsonFactsTest.resource("invalid/" + fixture + ".json");
        List<String[]> expected = expected(fixture);

        // WHEN
        InvalidFactsException e = readInvalid(json);

        // THEN
        assertThat(e.violations()).extracting(Violation::path)
                .containsExactlyElementsOf(expected.stream().map(line -> line[0]).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(e.violations().get(i).message()).as("message of %s", e.violations().get(i).path())
                    .startsWith(expected.get(i)[1]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void saysWhatIsWrongWithoutTheParsersInternals(String fixture) throws IOException {
        // GIVEN
        String json = CoachingJsonFactsTest.resource("invalid/" + fixture + ".json");

        // WHEN
        InvalidFactsException e = readInvalid(json);

        // THEN no class or feature names, source excerpts or stack traces reach whoever supplied the data
        assertThat(e.violations()).extracting(Violation::message).allSatisfy(message -> assertThat(message)
                .doesNotContainIgnoringCase("jackson")
                .doesNotContain("`", "[Source", "Exception", "Feature", "JsonToken", "START_", "\tat ", "\n"));
    }

    @Test
    void rejectsAMisspeltRedFlagRatherThanDroppingIt() {
        // GIVEN a misspelt red flag next to a correct one
        String json = "{" + MINIMAL_CLIENT + ", \"redFlags\": [\"FEVR\", \"SADDLE_NUMBNESS\"]}";

        // WHEN
        InvalidFactsException e = readInvalid(json);

        // THEN
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$.redFlags[0]");
            assertThat(v.message()).contains("\"FEVR\"", "FEVER", "SADDLE_NUMBNESS");
        });
    }

    @Test
    void reportsAProblemTheRecordAlsoFindsOnlyOnce() {
        // GIVEN experience missing, which both the reader and the Client constructor notice, and an age
        // that only the constructor checks
        String json = "{\"client\": {\"age\": 130}}";

        // WHEN
        InvalidFactsException e = readInvalid(json);

        // THEN
        assertThat(e.violations()).containsExactly(
                new Violation("$.client.age", "must be between 10 and 120, was 130"),
                new Violation("$.client.experience", "is required"));
    }

    @Test
    void namesAnUnknownPropertyWithAnOddNameInBracketNotation() {
        // GIVEN
        String json = "{" + MINIMAL_CLIENT + ", \"red flags\": []}";

        // WHEN
        InvalidFactsException e = readInvalid(json);

        // THEN
        assertThat(e.violations()).extracting(Violation::path).containsExactly("$['red flags']");
    }

    @Test
    void listsEveryViolationInTheExceptionMessage() {
        // GIVEN
        String json = "{\"client\": {\"age\": 42, \"experience\": \"NOVICE\"}, \"stress\": {\"level\": 11}, \"x\": 1}";

        // WHEN
        InvalidFactsException e = readInvalid(json);

        // THEN
        assertThat(e).hasMessage("2 problems in the client facts:\n"
                + "  $.stress.level: must be between 0 and 10, was 11\n"
                + "  $.x: is not a known property; allowed: client, goals, pain, redFlags, sleep, stress, activity, "
                + "mindset, training, screening");
    }

    @Test
    void rejectsAStringValueLongerThanTenThousandCharacters() {
        // GIVEN
        String json = "{\"client\": {\"age\": 42, \"experience\": \"NOVICE\", \"sport\": {\"name\": \""
                + "x".repeat(10_001) + "\"}}}";

        // WHEN
        InvalidFactsException e = readInvalid(json);

        // THEN
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$.client.sport.name");
            assertThat(v.message()).startsWith("is a string longer than 10000 characters");
        });
    }

    @Test
    void rejectsADocumentLargerThanOneMegabyte() {
        // GIVEN valid JSON padded with whitespace to just over 1 MB
        String json = "{" + MINIMAL_CLIENT + "}" + " ".repeat(1 << 20);

        // WHEN
        InvalidFactsException e = readInvalid(json);

        // THEN
        assertThat(e.violations()).containsExactly(
                new Violation("$", "is larger than the limit of 1 MB (1048576 bytes)"));
    }

    @Test
    void rejectsAStreamLargerThanOneMegabyte() {
        // GIVEN
        byte[] json = ("{" + MINIMAL_CLIENT + "}" + " ".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8);

        // WHEN
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class,
                () -> CoachingJson.readFacts(new ByteArrayInputStream(json)));

        // THEN
        assertThat(e.violations()).extracting(Violation::path).containsExactly("$");
    }

    @Test
    void rejectsAStreamThatIsNotUtf8() {
        // GIVEN a Latin-1 byte inside a string
        byte[] json = ("{" + MINIMAL_CLIENT.replace("}", ", \"sport\": {\"name\": \"J\u00fcdo\"}}") + "}")
                .getBytes(StandardCharsets.ISO_8859_1);

        // WHEN
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class,
                () -> CoachingJson.readFacts(new ByteArrayInputStream(json)));

        // THEN
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$.client.sport.name");
            assertThat(v.message()).startsWith("is not valid UTF-8: malformed byte 0xfc");
        });
    }

    /** Reads {@code json}, expecting a refusal; the time limit only guards against a hang. */
    private static InvalidFactsException readInvalid(String json) {
        return assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> catchThrowableOfType(InvalidFactsException.class, () -> CoachingJson.readFacts(json)));
    }

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        URL directory = CoachingJsonInvalidFactsTest.class.getClassLoader().getResource("invalid");
        assertThat(directory).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    private static List<String[]> expected(String fixture) throws IOException {
        return CoachingJsonFactsTest.resource("invalid/" + fixture + ".expected").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split(" ", 2))
                .toList();
    }
}
