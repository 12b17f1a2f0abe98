package org.coachlogic.internal.json;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import org.apiguardian.api.API;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Violation;
import org.coachlogic.facts.ClientFacts;

/**
 * The JSON codec behind {@code org.coachlogic.CoachingJson} and the one way into this package: public only
 * because {@code CoachingJson} and the engine's descriptor readers live in other packages.
 */
@API(status = INTERNAL, since = "0.1")
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
        if (json instanceof ByteArrayInputStream bytes && bytes.available() <= Jackson.MAX_DOCUMENT_BYTES) {
            return FactsReader.read(bytes.readAllBytes()); // one copy of the bytes, as the stream holds them
        }
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

    public static void writeAdviceLine(Advice advice, OutputStream out) throws IOException {
        AdviceJson.writeLine(Objects.requireNonNull(advice, "advice"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Called by an engine once: its advice, which carries this {@link RuleSetInfo} instance, is written to streams
     * from its recommendations' bytes written before, kept for that engine only and dropped with it.
     */
    public static void keepAdviceBytesFor(RuleSetInfo engineRuleSet) {
        AdviceJson.keepCompactBytes(Objects.requireNonNull(engineRuleSet, "engineRuleSet"));
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

    public static String writeRules(CoachingEngine engine) {
        return RulesJson.write(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * Parses a descriptor that a rule base or pack ships ({@code pack.json}, {@code parameters.json},
     * {@code sources.json}) as strictly as client facts: duplicate keys, comments and trailing content are
     * errors. Returns null after adding the problem, with its path, line and column, to {@code problems}.
     */
    /**
     * Where each value of a readable descriptor starts, by JSON path ({@code $.overrides[1]}), as {line,
     * column}: where its name starts for a property. Empty if the text cannot be read.
     */
    public static Map<String, int[]> positions(byte[] json) {
        return Jackson.positions(json);
    }

    public static JsonNode readDescriptor(byte[] json, List<Violation> problems) {
        Problems found = new Problems();
        JsonNode root = Jackson.parseDescriptor(json, found);
        problems.addAll(found.inDocumentOrder());
        return root;
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
