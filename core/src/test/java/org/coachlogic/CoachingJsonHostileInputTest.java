package org.coachlogic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input built to hurt: too big, too deep, too long, too many, or not UTF-8. Each gets one clear violation
 * with its JSON path, as a stream of bytes and, where the bytes are UTF-8, as a String too. The fixtures in
 * {@code invalid/} cover the rest of the contract; these are made in code because they are large or are
 * bytes that no UTF-8 text file holds.
 *
 * <p>The two-second limit guards against a hang; it is not a speed test (each answers in milliseconds).
 */
class CoachingJsonHostileInputTest {

    private static final String CLIENT = "\"client\": {\"age\": 42, \"experience\": \"NOVICE\"}";
    private static final String MINIMAL = "{" + CLIENT + "}";
    private static final Duration HANG_GUARD = Duration.ofSeconds(2);

    /**
     * A hostile document and the first violation it must give: its path and the start of its message. The
     * document is bytes, or text, or both when the text is UTF-8 (a text with an unpaired surrogate has no
     * bytes; bytes that are not UTF-8 have no text).
     */
    record Hostile(String name, byte[] json, String text, String path, String message) {

        Hostile(String name, byte[] json, String path, String message) {
            this(name, json, strictUtf8(json), path, message);
        }

        static Hostile of(String name, String text, String path, String message) {
            boolean encodable = text.chars().noneMatch(c -> Character.isSurrogate((char) c));
            return new Hostile(name, encodable ? text.getBytes(StandardCharsets.UTF_8) : null, text, path, message);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> corpus() {
        return Stream.of(
                Hostile.of("document larger than 1 MB", MINIMAL + " ".repeat(1 << 20),
                        "$", "is larger than the limit of 1 MB (1048576 bytes)"),
                Hostile.of("string of 1 MB", "{\"client\": {\"age\": 42, \"experience\": \"NOVICE\", \"sport\": {\"name\": \""
                                + "x".repeat(1_000_000) + "\"}}}",
                        "$.client.sport.name", "is a string longer than 10000 characters"),
                Hostile.of("enum value of 100,000 characters", "{" + CLIENT + ", \"redFlags\": [\""
                                + "F".repeat(100_000) + "\"]}",
                        "$.redFlags[0]", "is a string longer than 10000 characters"),
                Hostile.of("whole number of 10,000 digits", "{\"client\": {\"age\": " + "9".repeat(10_000)
                                + ", \"experience\": \"NOVICE\"}}",
                        "$.client.age", "is a number longer than 50 characters"),
                Hostile.of("fraction of 10,000 digits", "{" + CLIENT + ", \"sleep\": {\"hoursPerNight\": 7."
                                + "5".repeat(10_000) + "}}",
                        "$.sleep.hoursPerNight", "is a number longer than 50 characters"),
                Hostile.of("exponent of 10,000 digits", "{" + CLIENT + ", \"sleep\": {\"hoursPerNight\": 7e"
                                + "9".repeat(10_000) + "}}",
                        "$.sleep.hoursPerNight", "is a number longer than 50 characters"),
                Hostile.of("arrays nested 100,000 deep", "{" + CLIENT + ", \"goals\": " + "[".repeat(100_000)
                                + "]".repeat(100_000) + "}",
                        "$.goals" + "[0]".repeat(32), "is nested more than 32 levels deep"),
                Hostile.of("objects nested 100,000 deep", "{\"client\": " + "{\"a\": ".repeat(100_000) + "1"
                                + "}".repeat(100_000) + "}",
                        "$.client" + ".a".repeat(31), "is nested more than 32 levels deep"),
                Hostile.of("half a million opening brackets", "[".repeat(500_000),
                        "$" + "[0]".repeat(33), "is nested more than 32 levels deep"),
                Hostile.of("property name of 5,000 characters", "{\"" + "a".repeat(5_000) + "\": 1}",
                        "$", "has a property name longer than 1000 characters"),
                Hostile.of("half a million values", "{" + CLIENT + ", \"goals\": [" + "1,".repeat(500_000) + "1]}",
                        "$.goals[9990]", "has more than 10000 JSON tokens"),
                Hostile.of("nul character between tokens", "{\"client\":\u0000 {\"age\": 42, \"experience\": \"NOVICE\"}}",
                        "$.client", "is not valid JSON: illegal character"),
                Hostile.of("unpaired surrogate in the text", "{\"client\": {\"age\": 42, \"experience\": \"NOVICE\", "
                                + "\"sport\": {\"name\": \"a\ud800b\"}}}",
                        "$.client.sport.name", "is not valid Unicode text: it has an unpaired surrogate \\ud800"),
                Hostile.of("byte order mark", "\ufeff" + MINIMAL,
                        "$", "starts with a byte order mark (U+FEFF)"),
                new Hostile("UTF-16LE with a byte order mark", concat(bytes(0xff, 0xfe), encode(MINIMAL, StandardCharsets.UTF_16LE)),
                        "$", "is not UTF-8: it starts with a UTF-16 or UTF-32 byte order mark"),
                new Hostile("UTF-16BE without a byte order mark", encode(MINIMAL, StandardCharsets.UTF_16BE),
                        "$", "is not UTF-8: zero bytes at its start suggest UTF-16 or UTF-32"),
                new Hostile("UTF-16LE without a byte order mark", encode(MINIMAL, StandardCharsets.UTF_16LE),
                        "$", "is not UTF-8: zero bytes at its start suggest UTF-16 or UTF-32"),
                new Hostile("UTF-32BE", encode(MINIMAL, Charset.forName("UTF-32BE")),
                        "$", "is not UTF-8: zero bytes at its start suggest UTF-16 or UTF-32"),
                new Hostile("Latin-1", encode("{" + CLIENT.replace("}", ", \"sport\": {\"name\": \"J\u00fcdo\"}}") + "}",
                                StandardCharsets.ISO_8859_1),
                        "$.client.sport.name", "is not valid UTF-8: malformed byte 0xfc (line 1, column 68)"),
                new Hostile("overlong slash", inSportName(0xc0, 0xaf),
                        "$.client.sport.name", "is not valid UTF-8: malformed byte 0xc0 (line 1, column 68)"),
                new Hostile("overlong FEVER", concat(("{" + CLIENT + ", \"redFlags\": [\"").getBytes(StandardCharsets.US_ASCII),
                                bytes(0xc1, 0x86), "EVER\"]}".getBytes(StandardCharsets.US_ASCII)),
                        "$.redFlags[0]", "is not valid UTF-8: malformed byte 0xc1 (line 1, column 63)"),
                new Hostile("surrogate encoded in UTF-8", inSportName(0xed, 0xa0, 0x80),
                        "$.client.sport.name", "is not valid UTF-8: malformed byte"),
                new Hostile("code point past U+10FFFF", inSportName(0xf4, 0x90, 0x80, 0x80),
                        "$.client.sport.name", "is not valid UTF-8: malformed byte"),
                new Hostile("stray continuation byte", inSportName(0x80),
                        "$.client.sport.name", "is not valid UTF-8: malformed byte 0x80"),
                new Hostile("sequence cut short at the end", concat(MINIMAL.getBytes(StandardCharsets.US_ASCII), bytes(0xe2, 0x82)),
                        "$", "is not valid UTF-8: malformed bytes 0xe2 0x82"),
                new Hostile("byte 0xff in a property name", concat("{\"cl".getBytes(StandardCharsets.US_ASCII), bytes(0xff),
                                "ient\": {}}".getBytes(StandardCharsets.US_ASCII)),
                        "$", "is not valid UTF-8: malformed byte 0xff (line 1, column 5)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aStreamGetsOneClearViolationWithItsPath(Hostile input) {
        if (input.json() == null) {
            return;
        }

        // WHEN the bytes are read as a stream
        InvalidFactsException e = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(
                InvalidFactsException.class, () -> CoachingJson.readFacts(new ByteArrayInputStream(input.json()))));

        // THEN the first violation says what is wrong where, in words meant for whoever sent the data
        assertThat(e).as("refused").isNotNull();
        assertThat(e.violations().get(0).path()).isEqualTo(input.path());
        assertThat(e.violations().get(0).message()).startsWith(input.message());
        assertThat(e.violations()).hasSizeLessThanOrEqualTo(2).extracting(Violation::message)
                .allSatisfy(CoachingJsonHostileInputTest::assertPlainWords);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aStringWithTheSameTextGetsTheSameViolations(Hostile input) {
        if (input.text() == null) {
            return;
        }

        // WHEN the text is read as a String
        InvalidFactsException e = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(
                InvalidFactsException.class, () -> CoachingJson.readFacts(input.text())));

        // THEN it is refused at the same path, for the same reason
        assertThat(e).as("refused").isNotNull();
        assertThat(e.violations().get(0).path()).isEqualTo(input.path());
        assertThat(e.violations().get(0).message()).startsWith(input.message());
        assertThat(e.violations()).extracting(Violation::message).allSatisfy(CoachingJsonHostileInputTest::assertPlainWords);
    }

    @Test
    void listsTheFirstHundredProblemsAndSaysThereAreMore() {
        // GIVEN 5,000 wrong goals, under the token budget but far more problems than anyone reads
        String json = "{" + CLIENT + ", \"goals\": [" + IntStream.range(0, 5_000).mapToObj(i -> "\"G" + i + "\"")
                .collect(Collectors.joining(",")) + "], \"stress\": {\"level\": 99}}";

        // WHEN
        InvalidFactsException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchThrowableOfType(InvalidFactsException.class, () -> CoachingJson.readFacts(json)));

        // THEN the first hundred in document order, then one line saying reading stopped
        assertThat(e.violations()).hasSize(101);
        assertThat(e.violations().subList(0, 100)).extracting(Violation::path)
                .isEqualTo(IntStream.range(0, 100).mapToObj(i -> "$.goals[" + i + "]").toList());
        assertThat(e.violations().get(100)).isEqualTo(
                new Violation("$", "has more problems than the first 100 listed; reading stopped there"));
    }

    @Test
    void aRangeProblemBeforeAnUnreadableListIsAmongTheFirstHundred() {
        // GIVEN an age out of range, found when the client is built after its properties were read, followed
        // by a list with more wrong values than are listed
        String json = "{\"client\": {\"age\": 500, \"experience\": \"NOVICE\", \"conditions\": ["
                + "\"X\",".repeat(300) + "\"X\"]}}";

        // WHEN
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> CoachingJson.readFacts(json));

        // THEN the age comes first, as it does in the document
        assertThat(e.violations().get(0)).isEqualTo(new Violation("$.client.age", "must be between 10 and 120, was 500"));
        assertThat(e.violations()).hasSize(101);
    }

    @Test
    void exactlyAHundredProblemsAreAllListedWithoutANote() {
        // GIVEN 100 unknown properties and nothing else wrong
        String json = "{" + CLIENT + ", " + IntStream.range(0, 100).mapToObj(i -> "\"x" + i + "\": 1")
                .collect(Collectors.joining(", ")) + "}";

        // WHEN
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> CoachingJson.readFacts(json));

        // THEN
        assertThat(e.violations()).hasSize(100).extracting(Violation::path).doesNotContain("$");
    }

    @Test
    void aDuplicateKeyCannotHideARedFlagWhateverItsValue() {
        // GIVEN the flag listed first and then emptied, and the reverse
        for (String json : List.of("{" + CLIENT + ", \"redFlags\": [\"FEVER\"], \"redFlags\": []}",
                "{" + CLIENT + ", \"redFlags\": [], \"redFlags\": [\"FEVER\"]}",
                "{" + CLIENT + ", \"redFlags\": [\"FEVER\"], \"redFlags\": null}")) {

            // WHEN
            InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> CoachingJson.readFacts(json));

            // THEN the document is refused rather than read with either value
            assertThat(e).as(json).isNotNull();
            assertThat(e.violations()).extracting(Violation::path).as(json).containsExactly("$.redFlags");
        }
    }

    @Test
    void controlCharactersFromTheInputAreShownAsEscapesInMessages() {
        // GIVEN an unknown property and a wrong enum value carrying terminal escape sequences (ESC, 8-bit CSI,
        // a right-to-left override), which a message printed to a terminal must not pass on
        String json = "{" + CLIENT + ", \"x\\u001b[2J\\u009b31m\": 1, \"redFlags\": [\"FEVER\\u202e\\u007f\"]}";

        // WHEN
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> CoachingJson.readFacts(json));

        // THEN they are written as escapes, in the path and in the message
        assertThat(e.violations()).extracting(Violation::path).containsExactly("$['x\\u001b[2J\\u009b31m']", "$.redFlags[0]");
        assertThat(e.violations().get(1).message()).endsWith("was \"FEVER\\u202e\\u007f\"");
        assertThat(e.getMessage().chars().filter(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x202e)))
                .isEmpty();
    }

    @Test
    void anEscapedNulInAFreeTextValueIsText() {
        // GIVEN a sport name holding an escaped control character, which JSON allows
        String json = "{\"client\": {\"age\": 42, \"experience\": \"NOVICE\", \"sport\": {\"name\": \"a\\u0000b\"}}}";

        // WHEN
        String name = CoachingJson.readFacts(json).client().sport().name();

        // THEN it is read as written and survives a round trip
        assertThat(name).isEqualTo("a\u0000b");
        assertThat(CoachingJson.readFacts(CoachingJson.writeFacts(CoachingJson.readFacts(json))).client().sport().name())
                .isEqualTo(name);
    }

    @Test
    void aNegativeZeroIsReadAsZero() {
        // GIVEN a load change so small that it rounds to -0.0
        String json = "{" + CLIENT + ", \"training\": {\"loadIncreasePercentLastWeek\": -1e-400}}";

        // WHEN
        Double change = CoachingJson.readFacts(json).training().loadIncreasePercentLastWeek();

        // THEN it reads as plain zero, which is also what writing it gives back
        assertThat(change).isEqualTo(0.0);
        assertThat(CoachingJson.readFacts(CoachingJson.writeFacts(CoachingJson.readFacts(json))))
                .isEqualTo(CoachingJson.readFacts(json));
    }

    private static void assertPlainWords(String message) {
        assertThat(message).doesNotContainIgnoringCase("jackson")
                .doesNotContain("`", "[Source", "Exception", "Feature", "JsonToken", "START_", "\tat ", "\n");
        assertThat(message.chars().filter(c -> Character.isSurrogate((char) c)).count()).as("surrogates in %s", message).isZero();
    }

    private static byte[] inSportName(int... bad) {
        return concat("{\"client\": {\"age\": 42, \"experience\": \"NOVICE\", \"sport\": {\"name\": \"a"
                .getBytes(StandardCharsets.US_ASCII), bytes(bad), "b\"}}}".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] encode(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
