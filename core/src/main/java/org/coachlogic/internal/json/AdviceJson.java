package org.coachlogic.internal.json;

import static org.coachlogic.internal.json.TreeReader.BOOLEAN;
import static org.coachlogic.internal.json.TreeReader.STRING;
import static org.coachlogic.internal.json.TreeReader.WHOLE_NUMBER;
import static org.coachlogic.internal.json.TreeReader.enumOf;
import static org.coachlogic.internal.json.TreeReader.listOf;
import static org.coachlogic.internal.json.TreeReader.optional;
import static org.coachlogic.internal.json.TreeReader.required;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.coachlogic.Advice;
import org.coachlogic.Assessment;
import org.coachlogic.Category;
import org.coachlogic.EvaluationFailure;
import org.coachlogic.InvalidAdviceException;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Source;
import org.coachlogic.Suppression;
import org.coachlogic.Violation;
import org.coachlogic.facts.StartBackRisk;
import org.coachlogic.internal.json.TreeReader.Shape;
import org.coachlogic.internal.json.TreeReader.Values;

/** Writes and reads the output contract; every property is required except a source's {@code url}. */
final class AdviceJson {

    private static final Shape SOURCE = Shape.of(
            required("key", STRING),
            required("label", STRING),
            optional("url", STRING));

    private static final Shape RECOMMENDATION = Shape.of(
            required("id", STRING),
            required("category", enumOf(Category.class)),
            required("priority", enumOf(Priority.class)),
            required("summary", STRING),
            required("detail", STRING),
            required("because", listOf(STRING)),
            required("sources", listOf(AdviceJson::source)));

    private static final Shape SUPPRESSION = Shape.of(
            required("id", STRING),
            required("by", STRING));

    private static final Shape ASSESSMENT = Shape.of(
            required("instrument", enumOf(Assessment.Instrument.class)),
            required("score", WHOLE_NUMBER),
            required("psychosocialScore", WHOLE_NUMBER),
            required("risk", enumOf(StartBackRisk.class)));

    private static final Shape RULE_SET = Shape.of(
            required("name", STRING),
            required("version", STRING));

    private static final Shape FAILURE = Shape.of(
            required("message", STRING),
            optional("rule", STRING));

    private static final Shape ADVICE = Shape.of(
            required("complete", BOOLEAN),
            optional("failure", AdviceJson::failure),
            required("recommendations", listOf(AdviceJson::recommendation)),
            required("suppressed", listOf(AdviceJson::suppression)),
            required("assessments", listOf(AdviceJson::assessment)),
            required("ruleSet", AdviceJson::ruleSet));

    private AdviceJson() {
    }

    static String write(Advice advice) {
        return Jackson.write(generator -> write(advice, generator));
    }

    static String writeLine(Advice advice) {
        return Jackson.writeLine(generator -> write(advice, generator));
    }

    /**
     * Writes the advice on one line to a stream in UTF-8, ending with {@code \n}; the bytes of {@link #writeLine}.
     * Each recommendation of an engine's advice is copied from its bytes written before ({@link #compact}), since a
     * population's advice repeats the same few thousand recommendations.
     */
    static void writeLine(Advice advice, OutputStream out) throws IOException {
        Map<Recommendation, SerializedString> kept = compactOf(advice.ruleSet());
        Jackson.writeLine(generator -> write(advice, generator, kept == null ? AdviceJson::write
                : (recommendation, json) -> writeCompact(kept, recommendation, json)), out);
    }

    /**
     * Writes the advice as the output contract, its properties in contract order, straight to a generator: no
     * tree in between, so that a population's advice costs no more than its bytes.
     */
    static void write(Advice advice, JsonGenerator json) throws IOException {
        write(advice, json, AdviceJson::write);
    }

    /** Writes one recommendation, one way or another. */
    @FunctionalInterface
    private interface RecommendationWriting {
        void write(Recommendation recommendation, JsonGenerator json) throws IOException;
    }

    /**
     * How many recommendations keep their compact bytes, per engine. The same rule with the same reasons gives an
     * equal recommendation, so most clients' recommendations were written before (3,515 distinct ones in 100,000
     * generated clients, 99% of their 624,468 recommendations among the first 4,096); past this many, a new one is
     * written each time and not kept, so that memory stays bounded whatever the input.
     */
    static final int COMPACT_KEPT = 4096;

    /**
     * The compact bytes of one engine's recommendations, which hold its clients' reasons: kept as long as the engine
     * (its {@link RuleSetInfo}, which every advice of the engine carries) is reachable, and by nothing else, as the
     * engine's own recommendations are (the post pass keeps those), never process-wide.
     */
    private static final class Compact {
        final WeakReference<RuleSetInfo> engine;
        final Map<Recommendation, SerializedString> bytes = new ConcurrentHashMap<>();

        Compact(RuleSetInfo engine) {
            this.engine = new WeakReference<>(engine);
        }
    }

    /**
     * The engines' caches, found by the identity of the rule set their advice carries; copied on write, since
     * engines are few and made once, and read for every line without a lock.
     */
    private static volatile Compact[] engines = new Compact[0];

    /**
     * Lets advice of an engine, which carries this very {@link RuleSetInfo}, be written to streams from its
     * recommendations' bytes written before; its bytes go when the rule set does. Advice with any other rule set
     * (read from text, or made by a host) is written without.
     */
    static synchronized void keepCompactBytes(RuleSetInfo engine) {
        List<Compact> live = new ArrayList<>();
        for (Compact compact : engines) {
            RuleSetInfo owner = compact.engine.get();
            if (owner == engine) {
                return;
            }
            if (owner != null) {
                live.add(compact);
            }
        }
        live.add(new Compact(engine));
        engines = live.toArray(new Compact[0]);
    }

    /** The cache of the engine that gave advice with this rule set; null for advice of no engine's. */
    private static Map<Recommendation, SerializedString> compactOf(RuleSetInfo ruleSet) {
        for (Compact compact : engines) {
            if (compact.engine.get() == ruleSet) {
                return compact.bytes;
            }
        }
        return null;
    }

    /**
     * Writes a recommendation as {@link #write(Recommendation, JsonGenerator)} writes it on one line, copying its
     * bytes if this engine wrote it before. Only for a generator of {@link Jackson#writeLine(Jackson.Writing,
     * OutputStream)}: the bytes are those of a compact UTF-8 generator with the codec's features.
     */
    private static void writeCompact(Map<Recommendation, SerializedString> kept, Recommendation recommendation,
                                     JsonGenerator json) throws IOException {
        SerializedString bytes = kept.get(recommendation);
        if (bytes == null) {
            bytes = compact(recommendation);
            if (bytes == null) {
                write(recommendation, json);
                return;
            }
            if (kept.size() < COMPACT_KEPT) {
                kept.putIfAbsent(recommendation, bytes);
            }
        }
        json.writeRawValue(bytes);
    }

    /**
     * The recommendation on one line, as the UTF-8 bytes a compact generator writes; null in the unlikely case
     * that Jackson would copy them as other bytes (say, were it to encode a character its own way), so that a
     * copy is always byte for byte what writing it gives.
     */
    private static SerializedString compact(Recommendation recommendation) throws IOException {
        byte[] written = Jackson.writeCompactUtf8(generator -> write(recommendation, generator));
        SerializedString bytes = new SerializedString(new String(written, StandardCharsets.UTF_8));
        return Arrays.equals(bytes.asUnquotedUTF8(), written) ? bytes : null; // also keeps the bytes in it
    }

    private static void write(Advice advice, JsonGenerator json, RecommendationWriting recommendations)
            throws IOException {
        json.writeStartObject();
        json.writeBooleanField("complete", advice.complete());
        if (advice.failure().isPresent()) {
            EvaluationFailure failure = advice.failure().get();
            json.writeObjectFieldStart("failure");
            json.writeStringField("message", failure.message());
            if (failure.rule().isPresent()) {
                json.writeStringField("rule", failure.rule().get());
            }
            json.writeEndObject();
        }
        json.writeArrayFieldStart("recommendations");
        for (Recommendation recommendation : advice.recommendations()) {
            recommendations.write(recommendation, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("suppressed");
        for (Suppression suppression : advice.suppressed()) {
            json.writeStartObject();
            json.writeStringField("id", suppression.id());
            json.writeStringField("by", suppression.by());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("assessments");
        for (Assessment assessment : advice.assessments()) {
            json.writeStartObject();
            json.writeStringField("instrument", assessment.instrument().name());
            json.writeNumberField("score", assessment.score());
            json.writeNumberField("psychosocialScore", assessment.psychosocialScore());
            json.writeStringField("risk", assessment.risk().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("ruleSet");
        json.writeStringField("name", advice.ruleSet().name());
        json.writeStringField("version", advice.ruleSet().version());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Writes one recommendation as the output contract, its properties in contract order. */
    private static void write(Recommendation recommendation, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", recommendation.id());
        json.writeStringField("category", recommendation.category().name());
        json.writeStringField("priority", recommendation.priority().name());
        json.writeStringField("summary", recommendation.summary());
        json.writeStringField("detail", recommendation.detail());
        json.writeArrayFieldStart("because");
        for (String reason : recommendation.because()) {
            json.writeString(reason);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sources");
        for (Source source : recommendation.sources()) {
            json.writeStartObject();
            json.writeStringField("key", source.key());
            json.writeStringField("label", source.label());
            if (source.url() != null) {
                json.writeStringField("url", source.url());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Sources as the output contract writes them, wherever they appear: a source without a url has none. */
    static void writeSources(ArrayNode array, List<Source> sources) {
        for (Source source : sources) {
            ObjectNode node = array.addObject();
            node.put("key", source.key());
            node.put("label", source.label());
            if (source.url() != null) {
                node.put("url", source.url());
            }
        }
    }

    /** @throws InvalidAdviceException listing every problem, each with its JSON path, in document order */
    static Advice read(byte[] json) {
        Problems problems = new Problems();
        return read(Jackson.parseAdvice(json, problems), problems);
    }

    /** Reads advice from a tree a host's mapper has parsed. */
    static Advice read(JsonNode tree) {
        return read(tree, new Problems());
    }

    private static Advice read(JsonNode root, Problems problems) {
        Advice advice = null;
        if (root != null) {
            TreeReader reader = new TreeReader(problems);
            Values v = reader.object(root, JsonPaths.ROOT, ADVICE);
            if (v != null && v.valid()) {
                EvaluationFailure failure = v.get("failure");
                if (v.<Boolean>get("complete") == (failure != null)) {
                    problems.add(JsonPaths.ROOT + ".complete", v.<Boolean>get("complete")
                            ? "complete advice has no failure" : "incomplete advice needs a failure");
                } else {
                    advice = new Advice(v.get("recommendations"), v.get("suppressed"), v.get("assessments"),
                            v.get("ruleSet"), Optional.ofNullable(failure));
                }
            }
        }
        if (problems.any()) {
            throw invalid(problems.inDocumentOrder());
        }
        return advice;
    }

    static InvalidAdviceException invalid(List<Violation> violations) {
        return new InvalidAdviceException(violations);
    }

    /** Reports what {@link Recommendation}'s constructor would refuse, at its path, instead of throwing. */
    private static Recommendation recommendation(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, RECOMMENDATION);
        if (v == null || !v.valid()) {
            return null;
        }
        Problems problems = reader.problems();
        int before = problems.count();
        String summary = v.get("summary");
        if (summary.length() > Recommendation.MAX_SUMMARY_LENGTH) {
            problems.add(JsonPaths.child(path, "summary"), "must be at most " + Recommendation.MAX_SUMMARY_LENGTH
                    + " characters, was " + summary.length());
        }
        if (v.<List<String>>get("because").isEmpty()) {
            problems.add(JsonPaths.child(path, "because"), "must hold at least one reason");
        }
        if (v.<List<Source>>get("sources").isEmpty()) {
            problems.add(JsonPaths.child(path, "sources"), "must hold at least one source");
        }
        return problems.count() != before ? null : new Recommendation(v.get("id"), v.get("category"),
                v.get("priority"), summary, v.get("detail"), v.get("because"), v.get("sources"));
    }

    private static EvaluationFailure failure(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, FAILURE);
        return v == null || !v.valid() ? null : new EvaluationFailure(v.get("message"), v.get("rule"));
    }

    private static Source source(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, SOURCE);
        return v == null || !v.valid() ? null : new Source(v.get("key"), v.get("label"), v.get("url"));
    }

    private static Suppression suppression(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, SUPPRESSION);
        return v == null || !v.valid() ? null : new Suppression(v.get("id"), v.get("by"));
    }

    private static Assessment assessment(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, ASSESSMENT);
        return v == null || !v.valid() ? null : new Assessment(v.get("instrument"), v.<Integer>get("score"),
                v.<Integer>get("psychosocialScore"), v.get("risk"));
    }

    private static RuleSetInfo ruleSet(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, RULE_SET);
        return v == null || !v.valid() ? null : new RuleSetInfo(v.get("name"), v.get("version"));
    }
}
