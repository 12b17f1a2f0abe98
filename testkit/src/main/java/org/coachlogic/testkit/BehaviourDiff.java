package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apiguardian.api.API;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.facts.ClientFacts;

/**
 * What a change to the rules does to the advice: every input is evaluated by a baseline engine (say, the
 * default rules) and by a candidate (say, default plus a vendor pack), and each shown recommendation that
 * appears, disappears or changes priority is listed per input.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BehaviourDiff {

    /** How one recommendation changed. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Kind { APPEARED, DISAPPEARED, PRIORITY_CHANGED }

    /**
     * One changed recommendation.
     *
     * @param id     the recommendation's id
     * @param kind   what happened to it
     * @param before its priority under the baseline; {@code null} if it was not shown
     * @param after  its priority under the candidate; {@code null} if it is not shown
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Change(String id, Kind kind, Priority before, Priority after) {

        @Override
        public String toString() {
            return switch (kind) {
                case APPEARED -> "+ " + id + " (" + after + ")";
                case DISAPPEARED -> "- " + id + " (was " + before + ")";
                case PRIORITY_CHANGED -> "~ " + id + " (" + before + " -> " + after + ")";
            };
        }
    }

    /**
     * The changes for one input.
     *
     * @param input   the input's name: a fixture's name or a client file's path
     * @param changes every change, in the order the baseline and then the candidate showed them
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record InputDiff(String input, List<Change> changes) {

        public InputDiff {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A named set of facts to compare on.
     *
     * @param name  what to call it in the report
     * @param facts the facts
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Input(String name, ClientFacts facts) {

        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(facts, "facts");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<InputDiff> inputs;

    private BehaviourDiff(List<InputDiff> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /** Compares the two engines on every input. */
    public static BehaviourDiff compare(CoachingEngine baseline, CoachingEngine candidate, List<Input> inputs) {
        List<InputDiff> diffs = new ArrayList<>();
        for (Input input : inputs) {
            diffs.add(new InputDiff(input.name(), changes(baseline.evaluate(input.facts()),
                    candidate.evaluate(input.facts()))));
        }
        return new BehaviourDiff(diffs);
    }

    /**
     * The inputs in these files and folders: client files (the input contract) are used as they are; fixture
     * files give the facts of each of their fixtures that expects advice.
     *
     * @throws FixtureFileException if a file is neither, or its facts are invalid
     */
    public static List<Input> inputs(Path... roots) {
        List<Input> inputs = new ArrayList<>();
        for (Path file : Fixtures.files(roots)) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            JsonNode root;
            try {
                root = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new FixtureFileException(file, List.of("not valid JSON: " + e.getOriginalMessage()));
            }
            try {
                if (root != null && root.isObject() && root.has("client")) {
                    inputs.add(new Input(file.toString(), CoachingJson.readFacts(text)));
                } else {
                    for (Fixture fixture : Fixtures.loadFile(file)) {
                        if (fixture.expect() != null) {
                            inputs.add(new Input(fixture.name(), CoachingJson.readFacts(fixture.factsJson())));
                        }
                    }
                }
            } catch (InvalidFactsException e) {
                throw new FixtureFileException(file, e.violations().stream().map(Object::toString).toList());
            }
        }
        return inputs;
    }

    private static List<Change> changes(Advice before, Advice after) {
        Map<String, Priority> was = priorities(before);
        Map<String, Priority> is = priorities(after);
        List<Change> changes = new ArrayList<>();
        was.forEach((id, priority) -> {
            if (!is.containsKey(id)) {
                changes.add(new Change(id, Kind.DISAPPEARED, priority, null));
            } else if (is.get(id) != priority) {
                changes.add(new Change(id, Kind.PRIORITY_CHANGED, priority, is.get(id)));
            }
        });
        is.forEach((id, priority) -> {
            if (!was.containsKey(id)) {
                changes.add(new Change(id, Kind.APPEARED, null, priority));
            }
        });
        return changes;
    }

    private static Map<String, Priority> priorities(Advice advice) {
        Map<String, Priority> byId = new LinkedHashMap<>();
        for (Recommendation r : advice.recommendations()) {
            byId.put(r.id(), r.priority());
        }
        return byId;
    }

    /** Every input, changed or not, in input order. */
    public List<InputDiff> inputs() {
        return inputs;
    }

    /** The inputs whose advice changed. */
    public List<InputDiff> changed() {
        return inputs.stream().filter(d -> !d.changes().isEmpty()).toList();
    }

    public long count(Kind kind) {
        return inputs.stream().flatMap(d -> d.changes().stream()).filter(c -> c.kind() == kind).count();
    }

    /** The last line of a report: how many inputs changed and how. */
    public String summary() {
        return inputs.size() + " inputs, " + changed().size() + " changed: " + count(Kind.APPEARED) + " appeared, "
                + count(Kind.DISAPPEARED) + " disappeared, " + count(Kind.PRIORITY_CHANGED) + " changed priority";
    }

    /** A plain-text report: each changed input with its changes, then the summary. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (InputDiff diff : changed()) {
            text.append(diff.input()).append('\n');
            diff.changes().forEach(change -> text.append("  ").append(change).append('\n'));
        }
        return text.append(summary()).append('\n').toString();
    }
}
