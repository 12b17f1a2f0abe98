package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apiguardian.api.API;

import org.coachlogic.RuleInfo;

/**
 * Which rules a fixture run exercised. A rule is <em>covered</em> when at least one fixture made it fire
 * and at least one near-miss fixture expected it not to fire and it did not: a rule tested only one way
 * can still be wrong the other way.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Coverage {

    /**
     * One rule's coverage.
     *
     * @param rule       the rule
     * @param fired      in how many fixtures it fired (shown or withheld)
     * @param nearMisses in how many fixtures it was expected not to fire, and did not
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record RuleCoverage(RuleInfo rule, int fired, int nearMisses) {

        public boolean covered() {
            return fired > 0 && nearMisses > 0;
        }

        /** What is missing, in words; empty if covered. */
        public String gap() {
            if (fired == 0 && nearMisses == 0) {
                return "no fixture fires it and no near-miss fixture";
            }
            return fired == 0 ? "no fixture fires it" : nearMisses == 0 ? "no near-miss fixture" : "";
        }
    }

    private final List<RuleCoverage> rules;

    private Coverage(List<RuleCoverage> rules) {
        this.rules = List.copyOf(rules);
    }

    static Coverage of(List<RuleInfo> rules, List<FixtureResult> results) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        rules.forEach(rule -> counts.put(rule.id(), new int[2]));
        for (FixtureResult result : results) {
            if (result.advice() == null) {
                continue;
            }
            List<String> fired = result.fired();
            fired.stream().distinct().forEach(id -> counts.computeIfPresent(id, (k, c) -> {
                c[0]++;
                return c;
            }));
            if (result.fixture().expect() != null) {
                result.fixture().expect().doesNotFire().stream().distinct().filter(id -> !fired.contains(id))
                        .forEach(id -> counts.computeIfPresent(id, (k, c) -> {
                            c[1]++;
                            return c;
                        }));
            }
        }
        List<RuleCoverage> coverage = new ArrayList<>();
        for (RuleInfo rule : rules) {
            int[] c = counts.get(rule.id());
            coverage.add(new RuleCoverage(rule, c[0], c[1]));
        }
        return new Coverage(coverage);
    }

    /** Every rule of the engine, in the engine's rule order. */
    public List<RuleCoverage> rules() {
        return rules;
    }

    /** Rules no fixture made fire. */
    public List<RuleCoverage> neverFired() {
        return rules.stream().filter(r -> r.fired() == 0).toList();
    }

    /** Rules without a firing fixture or without a near-miss fixture. */
    public List<RuleCoverage> incomplete() {
        return rules.stream().filter(r -> !r.covered()).toList();
    }

    /** A plain-text table for a terminal. */
    public String toText() {
        int width = Math.max(4, rules.stream().mapToInt(r -> r.rule().id().length()).max().orElse(4));
        StringBuilder text = new StringBuilder(String.format("%-" + width + "s  %5s  %9s  %s%n", "rule", "fired",
                "near-miss", "gap"));
        for (RuleCoverage r : rules) {
            text.append(String.format("%-" + width + "s  %5d  %9d  %s%n", r.rule().id(), r.fired(), r.nearMisses(),
                    r.gap()));
        }
        text.append(String.format("%d of %d rules covered; %d never fired%n", rules.size() - incomplete().size(),
                rules.size(), neverFired().size()));
        return text.toString();
    }

    /** A Markdown report: a summary line and a table, uncovered rules first. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("# Rule coverage\n\n");
        md.append(rules.size() - incomplete().size()).append(" of ").append(rules.size())
                .append(" rules covered (fired by a fixture and missed by a near-miss fixture); ")
                .append(neverFired().size()).append(" never fired.\n\n");
        md.append("| rule | category | priority | fired | near-miss | gap |\n|---|---|---|---:|---:|---|\n");
        List<RuleCoverage> ordered = new ArrayList<>(incomplete());
        rules.stream().filter(RuleCoverage::covered).forEach(ordered::add);
        for (RuleCoverage r : ordered) {
            md.append("| `").append(r.rule().id()).append("` | ").append(r.rule().category()).append(" | ")
                    .append(r.rule().priority()).append(" | ").append(r.fired()).append(" | ").append(r.nearMisses())
                    .append(" | ").append(r.covered() ? "" : "**" + r.gap() + "**").append(" |\n");
        }
        return md.toString();
    }

    /** A JSON report: {@code {"rules":[{"id","category","priority","fired","nearMisses","covered"}], ...}}. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("rules", rules.size());
        root.put("covered", rules.size() - incomplete().size());
        root.put("neverFired", neverFired().size());
        ArrayNode list = root.putArray("coverage");
        for (RuleCoverage r : rules) {
            list.addObject().put("id", r.rule().id()).put("category", r.rule().category().name())
                    .put("priority", r.rule().priority().name()).put("fired", r.fired())
                    .put("nearMisses", r.nearMisses()).put("covered", r.covered());
        }
        return root.toPrettyString() + "\n";
    }
}
