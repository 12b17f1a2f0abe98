package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.apiguardian.api.API;
import org.coachlogic.Advice;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.Suppression;

/**
 * What a change to the rules does to a whole population: every client is evaluated by a baseline engine (the
 * default rules) and by a candidate (the default rules plus a pack), and for each rule it counts the clients
 * who gain it, lose it, see it withheld or see its priority change, keeping the first few line numbers of each
 * as examples.
 *
 * <p>For each client and rule id the baseline and the candidate each either show the recommendation (at a
 * priority), withhold it, or neither; the four kinds of change are exclusive:
 * <ul>
 *   <li>{@link Kind#GAINED}: shown by the candidate, not by the baseline;</li>
 *   <li>{@link Kind#LOST}: shown by the baseline, neither shown nor withheld by the candidate;</li>
 *   <li>{@link Kind#WITHHELD}: withheld by the candidate, not by the baseline;</li>
 *   <li>{@link Kind#PRIORITY_CHANGED}: shown by both at different priorities.</li>
 * </ul>
 *
 * <p>Counting is commutative and {@link #merge merging} keeps the smallest line numbers, so a diff built in
 * parts (threads, Spark partitions) equals one built in order. Not thread-safe: one per thread, then merge.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PopulationDiff implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many line numbers are kept as examples per rule and kind. */
    public static final int EXAMPLES = 3;

    private static final JsonFactory JSON = new JsonFactory();

    /** How a rule's outcome changed for a client. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Kind {
        GAINED("gained"), LOST("lost"), WITHHELD("withheld"), PRIORITY_CHANGED("priorityChanged");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        /** The property name in {@link #toJson()}. */
        public String jsonName() {
            return jsonName;
        }
    }

    /**
     * One rule's changes over the population.
     *
     * @param id       the rule's id
     * @param clients  per kind, how many clients saw that change (every kind present, zero if none)
     * @param examples per kind, the smallest line numbers of such clients, at most {@link #EXAMPLES}, ascending
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record RuleChanges(String id, Map<Kind, Long> clients, Map<Kind, List<Long>> examples) {

        public RuleChanges {
            clients = Map.copyOf(clients);
            examples = Map.copyOf(examples);
        }
    }

    private long clients;
    private long invalid;
    private long changedClients;
    private final TreeMap<String, Counts> rules = new TreeMap<>();

    /** Counts one client: its line number and its advice under the baseline and the candidate. */
    public void add(long line, Advice baseline, Advice candidate) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(candidate, "candidate");
        clients++;
        Map<String, Priority> shownBefore = shown(baseline);
        Map<String, Priority> shownAfter = shown(candidate);
        Map<String, Boolean> withheldBefore = withheld(baseline);
        Map<String, Boolean> withheldAfter = withheld(candidate);
        boolean changed = false;
        for (Map.Entry<String, Priority> after : shownAfter.entrySet()) {
            Priority before = shownBefore.get(after.getKey());
            if (before == null) {
                changed |= count(after.getKey(), Kind.GAINED, line);
            } else if (before != after.getValue()) {
                changed |= count(after.getKey(), Kind.PRIORITY_CHANGED, line);
            }
        }
        for (String id : shownBefore.keySet()) {
            if (!shownAfter.containsKey(id) && !withheldAfter.containsKey(id)) {
                changed |= count(id, Kind.LOST, line);
            }
        }
        for (String id : withheldAfter.keySet()) {
            if (!withheldBefore.containsKey(id)) {
                changed |= count(id, Kind.WITHHELD, line);
            }
        }
        if (changed) {
            changedClients++;
        }
    }

    /** Counts a line that held no valid facts: it is in neither engine's population. */
    public void addInvalid(long line) {
        invalid++;
    }

    /** Adds {@code other}'s counts to this diff's, keeping the smallest example lines; returns this diff. */
    public PopulationDiff merge(PopulationDiff other) {
        clients += other.clients;
        invalid += other.invalid;
        changedClients += other.changedClients;
        other.rules.forEach((id, counts) -> rules.computeIfAbsent(id, k -> new Counts()).merge(counts));
        return this;
    }

    /** How many clients were compared. */
    public long clients() {
        return clients;
    }

    /** How many lines held no valid facts. */
    public long invalid() {
        return invalid;
    }

    /** How many clients saw at least one change. */
    public long changedClients() {
        return changedClients;
    }

    /** Every rule with at least one change, by id. */
    public List<RuleChanges> rules() {
        List<RuleChanges> result = new ArrayList<>();
        rules.forEach((id, counts) -> {
            Map<Kind, Long> clientCounts = new HashMap<>();
            Map<Kind, List<Long>> examples = new HashMap<>();
            for (Kind kind : Kind.values()) {
                clientCounts.put(kind, counts.clients[kind.ordinal()]);
                examples.put(kind, LongStream.of(counts.examples[kind.ordinal()]).boxed().toList());
            }
            result.add(new RuleChanges(id, clientCounts, examples));
        });
        return result;
    }

    /** A table for people: a header line, then one line per changed rule with its counts and example lines. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%,d clients compared, %,d with a change", clients, changedClients));
        if (invalid > 0) {
            text.append(String.format(Locale.ROOT, "; %,d invalid lines left out", invalid));
        }
        text.append('\n');
        if (rules.isEmpty()) {
            return text.append("No rule changes for any client.\n").toString();
        }
        int idWidth = Math.max("rule".length(), rules.keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + idWidth + "s  %10s  %10s  %10s  %10s  %s%n";
        text.append(String.format(Locale.ROOT, row, "rule", "gained", "lost", "withheld", "priority", "example lines"));
        for (RuleChanges rule : rules()) {
            String examples = Arrays.stream(Kind.values())
                    .filter(kind -> rule.clients().get(kind) > 0)
                    .map(kind -> kind.jsonName() + " " + rule.examples().get(kind).stream().map(String::valueOf)
                            .collect(Collectors.joining(",")))
                    .collect(Collectors.joining("; "));
            text.append(String.format(Locale.ROOT, row, rule.id(), count(rule, Kind.GAINED), count(rule, Kind.LOST),
                    count(rule, Kind.WITHHELD), count(rule, Kind.PRIORITY_CHANGED), examples));
        }
        return text.toString();
    }

    /**
     * The same for machines, one JSON object ending with {@code \n}: {@code clients}, {@code invalid},
     * {@code changedClients}, and {@code rules}, an array by id of {@code {"id", "gained", "lost", "withheld",
     * "priorityChanged"}}, each kind as {@code {"clients": n, "examples": [line, ...]}}.
     */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("clients", clients);
            json.writeNumberField("invalid", invalid);
            json.writeNumberField("changedClients", changedClients);
            json.writeArrayFieldStart("rules");
            for (RuleChanges rule : rules()) {
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                for (Kind kind : Kind.values()) {
                    json.writeObjectFieldStart(kind.jsonName());
                    json.writeNumberField("clients", rule.clients().get(kind));
                    json.writeArrayFieldStart("examples");
                    for (long line : rule.examples().get(kind)) {
                        json.writeNumber(line);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PopulationDiff diff && diff.toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return toText();
    }

    private static String count(RuleChanges rule, Kind kind) {
        long count = rule.clients().get(kind);
        return count == 0 ? "-" : String.format(Locale.ROOT, "%,d", count);
    }

    private boolean count(String id, Kind kind, long line) {
        rules.computeIfAbsent(id, k -> new Counts()).add(kind, line);
        return true;
    }

    private static Map<String, Priority> shown(Advice advice) {
        Map<String, Priority> shown = new HashMap<>();
        for (Recommendation recommendation : advice.recommendations()) {
            shown.put(recommendation.id(), recommendation.priority());
        }
        return shown;
    }

    private static Map<String, Boolean> withheld(Advice advice) {
        Map<String, Boolean> withheld = new HashMap<>();
        for (Suppression suppression : advice.suppressed()) {
            withheld.put(suppression.id(), Boolean.TRUE);
        }
        return withheld;
    }

    /** One rule's counts and smallest example lines, per kind. */
    private static final class Counts implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long[] clients = new long[Kind.values().length];
        private final long[][] examples = new long[Kind.values().length][0];

        void add(Kind kind, long line) {
            clients[kind.ordinal()]++;
            keep(kind.ordinal(), line);
        }

        void merge(Counts other) {
            for (int k = 0; k < clients.length; k++) {
                clients[k] += other.clients[k];
                for (long line : other.examples[k]) {
                    keep(k, line);
                }
            }
        }

        /** Keeps the {@link #EXAMPLES} smallest lines, ascending. */
        private void keep(int kind, long line) {
            long[] kept = examples[kind];
            if (kept.length == EXAMPLES && line >= kept[EXAMPLES - 1]) {
                return;
            }
            long[] more = Arrays.copyOf(kept, Math.min(EXAMPLES, kept.length + 1));
            int at = kept.length;
            while (at > 0 && kept[at - 1] > line) {
                at--;
            }
            System.arraycopy(kept, at, more, at + 1, Math.min(kept.length, more.length - 1) - at);
            more[at] = line;
            examples[kind] = more;
        }
    }
}
