package org.coachlogic.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.coachlogic.Advice;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.Violation;
import org.coachlogic.facts.ClientFacts;

/** The JSON codec behind {@code org.coachlogic.CoachingJson}; not part of the API. */
public final class JsonCodec {

    private JsonCodec() {
    }

    public static ClientFacts readFacts(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > Jackson.MAX_DOCUMENT_BYTES) { // more chars than the limit is more bytes, too
            throw new InvalidFactsException(List.of(Jackson.tooLarge()));
        }
        Violation unpaired = unpairedSurrogate(json);
        if (unpaired != null) {
            throw new InvalidFactsException(List.of(unpaired));
        }
        return FactsReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    public static ClientFacts readFacts(InputStream json) throws IOException {
        Objects.requireNonNull(json, "json");
        // one byte over the limit is enough to know the document is too large
        return FactsReader.read(json.readNBytes(Jackson.MAX_DOCUMENT_BYTES + 1));
    }

    public static String writeFacts(ClientFacts facts) {
        return FactsWriter.write(Objects.requireNonNull(facts, "facts"));
    }

    public static String writeAdvice(Advice advice) {
        return AdviceJson.write(Objects.requireNonNull(advice, "advice"));
    }

    public static String writeAdviceLine(Advice advice) {
        return AdviceJson.writeLine(Objects.requireNonNull(advice, "advice"));
    }

    public static String writeFactsLine(ClientFacts facts) {
        return FactsWriter.writeLine(Objects.requireNonNull(facts, "facts"));
    }

    public static Advice readAdvice(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > Jackson.MAX_DOCUMENT_BYTES) {
            throw AdviceJson.invalid(List.of(Jackson.tooLarge()));
        }
        Violation unpaired = unpairedSurrogate(json);
        if (unpaired != null) {
            throw AdviceJson.invalid(List.of(unpaired));
        }
        return AdviceJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An unpaired surrogate in the text itself, placed at its JSON path; null if there is none. Encoding
     * the text would turn it into {@code ?} without a word.
     */
    private static Violation unpairedSurrogate(String json) {
        int index = Encoding.unpairedSurrogate(json);
        if (index < 0) {
            return null;
        }
        return Jackson.violationAfter(json.substring(0, index).getBytes(StandardCharsets.UTF_8),
                Encoding.unpairedSurrogateMessage(json.charAt(index)));
    }
}
