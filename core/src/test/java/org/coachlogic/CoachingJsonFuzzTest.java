package org.coachlogic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.coachlogic.facts.ClientFacts;

/**
 * The codec on arbitrary bytes: it answers with facts or with an {@link InvalidFactsException}, never with
 * another exception, a hang or running out of memory, and facts it accepts survive a write and a read.
 *
 * <p>A plain build runs this over the kept inputs in {@code CoachingJsonFuzzTestInputs/} (the seeds, the
 * corpus of earlier runs and every crash found). {@code ./mvnw verify -Pfuzz} fuzzes it for real; see
 * {@code docs/security.md}.
 */
class CoachingJsonFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "facts.dict")
    void readFactsGivesFactsThatRoundTripOrListsViolations(byte[] json) throws IOException {
        // WHEN the bytes are read as a stream
        ClientFacts facts;
        try {
            facts = CoachingJson.readFacts(new ByteArrayInputStream(json));
        } catch (InvalidFactsException e) {
            // THEN a refusal names at least one violation, each with a JSON path
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.path()).startsWith("$");
                assertThat(v.message()).isNotBlank();
            });
            assertSameAnswerFromAString(json, e);
            return;
        }

        // THEN only UTF-8 is accepted, without a byte order mark or a raw NUL (UTF-16 looks like UTF-8 with NULs)
        assertThat(strictUtf8(json)).as("accepted bytes decode as UTF-8").isNotNull().doesNotStartWith("\uFEFF")
                .doesNotContain("\u0000");

        // AND accepted facts are written and read back to equal facts
        String written = CoachingJson.writeFacts(facts);
        assertThat(CoachingJson.readFacts(written)).as("read back from:%n%s", written).isEqualTo(facts);
        assertThat(CoachingJson.writeFacts(CoachingJson.readFacts(written))).isEqualTo(written);
        assertSameAnswerFromAString(json, facts);
    }

    /** The same text given as a String gets the same answer as its UTF-8 bytes given as a stream. */
    private static void assertSameAnswerFromAString(byte[] json, Object streamAnswer) {
        String text = strictUtf8(json);
        if (text == null) {
            return; // not UTF-8: there is no String with these bytes
        }
        Object stringAnswer;
        try {
            stringAnswer = CoachingJson.readFacts(text);
        } catch (InvalidFactsException e) {
            stringAnswer = e;
        }
        if (streamAnswer instanceof InvalidFactsException streamError) {
            assertThat(stringAnswer).isInstanceOfSatisfying(InvalidFactsException.class,
                    stringError -> assertThat(stringError.violations()).isEqualTo(streamError.violations()));
        } else {
            assertThat(stringAnswer).isEqualTo(streamAnswer);
        }
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
