package org.coachlogic.internal.json;

import static org.coachlogic.internal.json.TreeReader.BOOLEAN;
import static org.coachlogic.internal.json.TreeReader.STRING;
import static org.coachlogic.internal.json.TreeReader.WHOLE_NUMBER;
import static org.coachlogic.internal.json.TreeReader.enumOf;
import static org.coachlogic.internal.json.TreeReader.listOf;
import static org.coachlogic.internal.json.TreeReader.optional;
import static org.coachlogic.internal.json.TreeReader.required;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.coachlogic.Advice;
import org.coachlogic.Assessment;
import org.coachlogic.Category;
import org.coachlogic.EvaluationFailure;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Source;
import org.coachlogic.Suppression;
import org.coachlogic.Violation;
import org.coachlogic.internal.json.TreeReader.Shape;
import org.coachlogic.internal.json.TreeReader.Values;

/** Writes and reads the output contract; every property is required except a source's {@code url}. */
final class AdviceJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
            required("instrument", STRING),
            required("score", WHOLE_NUMBER),
            required("psychosocialScore", WHOLE_NUMBER),
            required("risk", STRING));

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
        ObjectNode root = NODES.objectNode();
        root.put("complete", advice.complete());
        advice.failure().ifPresent(failure -> {
            ObjectNode node = root.putObject("failure").put("message", failure.message());
            failure.rule().ifPresent(rule -> node.put("rule", rule));
        });
        ArrayNode recommendations = root.putArray("recommendations");
        for (Recommendation recommendation : advice.recommendations()) {
            ObjectNode node = recommendations.addObject();
            node.put("id", recommendation.id());
            node.put("category", recommendation.category().name());
            node.put("priority", recommendation.priority().name());
            node.put("summary", recommendation.summary());
            node.put("detail", recommendation.detail());
            ArrayNode because = node.putArray("because");
            recommendation.because().forEach(because::add);
            ArrayNode sources = node.putArray("sources");
            for (Source source : recommendation.sources()) {
                ObjectNode sourceNode = sources.addObject();
                sourceNode.put("key", source.key());
                sourceNode.put("label", source.label());
                if (source.url() != null) {
                    sourceNode.put("url", source.url());
                }
            }
        }
        ArrayNode suppressed = root.putArray("suppressed");
        for (Suppression suppression : advice.suppressed()) {
            suppressed.addObject().put("id", suppression.id()).put("by", suppression.by());
        }
        ArrayNode assessments = root.putArray("assessments");
        for (Assessment assessment : advice.assessments()) {
            assessments.addObject().put("instrument", assessment.instrument()).put("score", assessment.score())
                    .put("psychosocialScore", assessment.psychosocialScore()).put("risk", assessment.risk());
        }
        root.putObject("ruleSet").put("name", advice.ruleSet().name()).put("version", advice.ruleSet().version());
        return Jackson.write(root);
    }

    /** @throws IllegalArgumentException listing every problem, each with its JSON path, in document order */
    static Advice read(byte[] json) {
        Problems problems = new Problems();
        JsonNode root = Jackson.parseAdvice(json, problems);
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

    static IllegalArgumentException invalid(List<Violation> violations) {
        return new IllegalArgumentException(violations.size() + (violations.size() == 1 ? " problem" : " problems")
                + " in the advice JSON:\n" + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
    }

    private static Recommendation recommendation(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, RECOMMENDATION);
        return v == null || !v.valid() ? null : new Recommendation(v.get("id"), v.get("category"),
                v.get("priority"), v.get("summary"), v.get("detail"), v.get("because"), v.get("sources"));
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
