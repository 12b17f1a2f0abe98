package org.coachlogic.internal.json;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Mindset;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.StartBack;
import org.coachlogic.facts.Training;

/** Writes the input contract in contract order, leaving out unknown (null) values and empty sets. */
final class FactsWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FactsWriter() {
    }

    static String write(ClientFacts facts) {
        return Jackson.write(tree(facts));
    }

    static String writeLine(ClientFacts facts) {
        return Jackson.writeLine(tree(facts));
    }

    private static ObjectNode tree(ClientFacts facts) {
        ObjectNode root = NODES.objectNode();
        Client client = facts.client();
        ObjectNode clientNode = root.putObject("client");
        clientNode.put("age", client.age());
        put(clientNode, "experience", client.experience());
        put(clientNode, "occupation", client.occupation());
        if (client.sport() != null) {
            ObjectNode sport = clientNode.putObject("sport");
            put(sport, "name", client.sport().name());
            put(sport, "pushDominant", client.sport().pushDominant());
        }
        put(clientNode, "conditions", client.conditions());
        put(root, "goals", facts.goals());
        if (facts.pain() != null) {
            Pain pain = facts.pain();
            ObjectNode node = root.putObject("pain");
            put(node, "region", pain.region());
            put(node, "intensity", pain.intensity());
            put(node, "durationWeeks", pain.durationWeeks());
            put(node, "trend", pain.trend());
            put(node, "acuteInjury", pain.acuteInjury());
            put(node, "nightPain", pain.nightPain());
            put(node, "legSymptoms", pain.legSymptoms());
        }
        put(root, "redFlags", facts.redFlags());
        if (facts.sleep() != null) {
            put(root.putObject("sleep"), "hoursPerNight", facts.sleep().hoursPerNight());
        }
        if (facts.stress() != null) {
            put(root.putObject("stress"), "level", facts.stress().level());
        }
        if (facts.activity() != null) {
            Activity activity = facts.activity();
            ObjectNode node = root.putObject("activity");
            put(node, "sedentaryHoursPerDay", activity.sedentaryHoursPerDay());
            put(node, "strengthSessionsPerWeek", activity.strengthSessionsPerWeek());
            put(node, "backSessionsPerWeek", activity.backSessionsPerWeek());
            put(node, "aerobicMinutesPerWeek", activity.aerobicMinutesPerWeek());
            put(node, "stoppedTrainingBecauseOfPain", activity.stoppedTrainingBecauseOfPain());
        }
        if (facts.mindset() != null) {
            Mindset mindset = facts.mindset();
            ObjectNode node = root.putObject("mindset");
            put(node, "fearOfMovement", mindset.fearOfMovement());
            put(node, "believesSpineIsFragile", mindset.believesSpineIsFragile());
            put(node, "painCatastrophizingScore", mindset.painCatastrophizingScore());
        }
        if (facts.training() != null) {
            Training training = facts.training();
            ObjectNode node = root.putObject("training");
            put(node, "loadIncreasePercentLastWeek", training.loadIncreasePercentLastWeek());
            put(node, "techniqueCoached", training.techniqueCoached());
            put(node, "repsAboveTargetLastTwoSessions", training.repsAboveTargetLastTwoSessions());
        }
        if (facts.screening() != null) {
            ObjectNode screening = root.putObject("screening");
            StartBack startBack = facts.screening().startBack();
            if (startBack != null) {
                ArrayNode answers = screening.putObject("startBack").putArray("answers");
                startBack.items1to8().forEach(answers::add);
                answers.add(startBack.item9().name());
            }
        }
        return root;
    }

    private static void put(ObjectNode node, String name, Integer value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /** Whole values are written without a fraction ({@code 9}, not {@code 9.0}), as people write them. */
    private static void put(ObjectNode node, String name, Double value) {
        if (value == null) {
            return;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(name, value.longValue());
        } else {
            node.put(name, value);
        }
    }

    private static void put(ObjectNode node, String name, Boolean value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void put(ObjectNode node, String name, Enum<?> value) {
        if (value != null) {
            node.put(name, value.name());
        }
    }

    /** The sets iterate in declaration order, so the output does not depend on how they were built. */
    private static void put(ObjectNode node, String name, Set<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(value -> array.add(value.name()));
        }
    }
}
