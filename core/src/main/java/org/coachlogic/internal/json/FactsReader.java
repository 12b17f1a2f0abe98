package org.coachlogic.internal.json;

import static org.coachlogic.internal.json.TreeReader.BOOLEAN;
import static org.coachlogic.internal.json.TreeReader.NUMBER;
import static org.coachlogic.internal.json.TreeReader.STRING;
import static org.coachlogic.internal.json.TreeReader.WHOLE_NUMBER;
import static org.coachlogic.internal.json.TreeReader.enumOf;
import static org.coachlogic.internal.json.TreeReader.enumSetOf;
import static org.coachlogic.internal.json.TreeReader.optional;
import static org.coachlogic.internal.json.TreeReader.required;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import org.coachlogic.InvalidFactsException;
import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Bothersomeness;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Condition;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Goal;
import org.coachlogic.facts.LegSymptoms;
import org.coachlogic.facts.Mindset;
import org.coachlogic.facts.Occupation;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.PainRegion;
import org.coachlogic.facts.PainTrend;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Screening;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Sport;
import org.coachlogic.facts.StartBack;
import org.coachlogic.facts.Stress;
import org.coachlogic.facts.Training;
import org.coachlogic.internal.json.TreeReader.Shape;
import org.coachlogic.internal.json.TreeReader.Values;

/**
 * Reads the input contract. Every section is built even when some of its values had problems (those
 * read as unknown), so that the record constructors still check the ranges of the rest; the result is
 * every problem in the document, each once, in document order.
 */
final class FactsReader {

    private static final Shape SPORT = Shape.of(
            optional("name", STRING),
            optional("pushDominant", BOOLEAN));

    private static final Shape CLIENT = Shape.of(
            required("age", WHOLE_NUMBER),
            required("experience", enumOf(Experience.class)),
            optional("occupation", enumOf(Occupation.class)),
            optional("sport", FactsReader::sport),
            optional("conditions", enumSetOf(Condition.class)));

    private static final Shape PAIN = Shape.of(
            optional("region", enumOf(PainRegion.class)),
            optional("intensity", WHOLE_NUMBER),
            optional("durationWeeks", WHOLE_NUMBER),
            optional("trend", enumOf(PainTrend.class)),
            optional("acuteInjury", BOOLEAN),
            optional("nightPain", BOOLEAN),
            optional("legSymptoms", enumOf(LegSymptoms.class)));

    private static final Shape SLEEP = Shape.of(
            optional("hoursPerNight", NUMBER));

    private static final Shape STRESS = Shape.of(
            optional("level", WHOLE_NUMBER));

    private static final Shape ACTIVITY = Shape.of(
            optional("sedentaryHoursPerDay", NUMBER),
            optional("strengthSessionsPerWeek", WHOLE_NUMBER),
            optional("backSessionsPerWeek", WHOLE_NUMBER),
            optional("aerobicMinutesPerWeek", WHOLE_NUMBER),
            optional("stoppedTrainingBecauseOfPain", BOOLEAN));

    private static final Shape MINDSET = Shape.of(
            optional("fearOfMovement", WHOLE_NUMBER),
            optional("believesSpineIsFragile", BOOLEAN),
            optional("painCatastrophizingScore", WHOLE_NUMBER));

    private static final Shape TRAINING = Shape.of(
            optional("loadIncreasePercentLastWeek", NUMBER),
            optional("techniqueCoached", BOOLEAN),
            optional("repsAboveTargetLastTwoSessions", BOOLEAN));

    private static final int START_BACK_ANSWERS = 9;
    private static final TreeReader.Kind<Bothersomeness> BOTHERSOMENESS = enumOf(Bothersomeness.class);

    private static final Shape START_BACK = Shape.of(
            required("answers", FactsReader::answers));

    private static final Shape SCREENING = Shape.of(
            optional("startBack", FactsReader::startBack));

    private static final Shape FACTS = Shape.of(
            required("client", FactsReader::client),
            optional("goals", enumSetOf(Goal.class)),
            optional("pain", FactsReader::pain),
            optional("redFlags", enumSetOf(RedFlag.class)),
            optional("sleep", FactsReader::sleep),
            optional("stress", FactsReader::stress),
            optional("activity", FactsReader::activity),
            optional("mindset", FactsReader::mindset),
            optional("training", FactsReader::training),
            optional("screening", FactsReader::screening));

    private FactsReader() {
    }

    /**
     * Reads valid facts the quick way ({@link ValidFactsReader}), anything else the strict way.
     *
     * @throws InvalidFactsException listing every problem, in document order
     */
    static ClientFacts read(byte[] json) {
        ClientFacts facts = ValidFactsReader.read(json);
        return facts != null ? facts : readStrictly(json);
    }

    /**
     * Reads the document the strict way, whatever it holds: each value checked at its path, every problem listed.
     *
     * @throws InvalidFactsException listing every problem, in document order
     */
    static ClientFacts readStrictly(byte[] json) {
        Problems problems = new Problems();
        JsonNode root = Jackson.parseFacts(json, problems);
        ClientFacts facts = root == null ? null : facts(new TreeReader(problems), root);
        if (problems.any()) {
            throw new InvalidFactsException(problems.inDocumentOrder());
        }
        return facts;
    }

    /**
     * Reads client facts from the current value of a host's parser, with the same checks as from text;
     * leaves the parser on the value's last token.
     *
     * @throws InvalidFactsException listing every problem, in document order; its paths start at the facts
     */
    static ClientFacts read(JsonParser parser) throws IOException {
        Problems problems = new Problems();
        JsonNode root = TokenTree.read(parser, problems);
        ClientFacts facts = root == null ? null : facts(new TreeReader(problems), root);
        if (problems.any()) {
            throw new InvalidFactsException(problems.inDocumentOrder());
        }
        return facts;
    }

    private static ClientFacts facts(TreeReader reader, JsonNode root) {
        Values v = reader.object(root, JsonPaths.ROOT, FACTS);
        if (v == null || reader.problems().any()) {
            return null;
        }
        return reader.construct(() -> new ClientFacts(v.get("client"), v.get("goals"), v.get("pain"),
                v.get("redFlags"), v.get("sleep"), v.get("stress"), v.get("activity"), v.get("mindset"),
                v.get("training"), v.get("screening")));
    }

    private static Client client(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, CLIENT);
        if (v == null) {
            return null;
        }
        Integer age = v.get("age");
        // an age already reported as missing or unreadable is replaced by one that passes, so that the
        // constructor checks the rest without reporting the age a second time
        int checkedAge = age == null ? Client.MIN_AGE : age;
        return reader.construct(() -> new Client(checkedAge, v.get("experience"), v.get("occupation"),
                v.get("sport"), v.get("conditions")));
    }

    private static Sport sport(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, SPORT);
        return v == null ? null : reader.construct(() -> new Sport(v.get("name"), v.get("pushDominant")));
    }

    private static Pain pain(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, PAIN);
        return v == null ? null : reader.construct(() -> new Pain(v.get("region"), v.get("intensity"),
                v.get("durationWeeks"), v.get("trend"), v.get("acuteInjury"), v.get("nightPain"),
                v.get("legSymptoms")));
    }

    private static Sleep sleep(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, SLEEP);
        return v == null ? null : reader.construct(v, read -> new Sleep(read.get("hoursPerNight")));
    }

    private static Stress stress(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, STRESS);
        return v == null ? null : reader.construct(() -> new Stress(v.get("level")));
    }

    private static Activity activity(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, ACTIVITY);
        return v == null ? null : reader.construct(v, read -> new Activity(read.get("sedentaryHoursPerDay"),
                read.get("strengthSessionsPerWeek"), read.get("backSessionsPerWeek"),
                read.get("aerobicMinutesPerWeek"), read.get("stoppedTrainingBecauseOfPain")));
    }

    private static Mindset mindset(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, MINDSET);
        return v == null ? null : reader.construct(() -> new Mindset(v.get("fearOfMovement"),
                v.get("believesSpineIsFragile"), v.get("painCatastrophizingScore")));
    }

    private static Training training(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, TRAINING);
        return v == null ? null : reader.construct(v, read -> new Training(read.get("loadIncreasePercentLastWeek"),
                read.get("techniqueCoached"), read.get("repsAboveTargetLastTwoSessions")));
    }

    private static Screening screening(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, SCREENING);
        return v == null ? null : reader.construct(() -> new Screening(v.get("startBack")));
    }

    private static StartBack startBack(TreeReader reader, JsonNode node, String path) {
        Values v = reader.object(node, path, START_BACK);
        Answers answers = v == null ? null : v.get("answers");
        return answers == null ? null : reader.construct(() -> new StartBack(answers.items1to8(), answers.item9()));
    }

    /** The nine STarT Back answers as read: items 1 to 8 true or false, item 9 an enum. */
    private record Answers(List<Boolean> items1to8, Bothersomeness item9) {
    }

    private static Answers answers(TreeReader reader, JsonNode value, String path) {
        if (!value.isArray() || value.size() != START_BACK_ANSWERS) {
            reader.problems().add(path, "must be an array of nine answers: true or false for items 1 to 8, then "
                    + "item 9 as one of " + List.of(Bothersomeness.values()) + ", was "
                    + (value.isArray() ? "an array of " + value.size() : value.getNodeType().name().toLowerCase()));
            return null;
        }
        List<Boolean> items = new ArrayList<>();
        for (int i = 0; i < START_BACK_ANSWERS - 1; i++) {
            String itemPath = JsonPaths.index(path, i);
            reader.problems().visit(itemPath);
            items.add(BOOLEAN.read(reader, value.get(i), itemPath));
        }
        String lastPath = JsonPaths.index(path, START_BACK_ANSWERS - 1);
        reader.problems().visit(lastPath);
        Bothersomeness item9 = BOTHERSOMENESS.read(reader, value.get(START_BACK_ANSWERS - 1), lastPath);
        return items.contains(null) || item9 == null ? null : new Answers(items, item9);
    }

}
