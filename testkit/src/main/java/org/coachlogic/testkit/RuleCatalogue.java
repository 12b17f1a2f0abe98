package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.DisabledRule;
import org.coachlogic.ParameterInfo;
import org.coachlogic.RuleInfo;
import org.coachlogic.Source;

/**
 * A Markdown catalogue of an engine's rules, generated from their metadata: id, category, priority, when
 * each fires in words, the parameters it reads, its sources and when it was last reviewed; then every
 * parameter with its default and range, and every source cited. The same engine always gives the same text.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    public static String markdown(CoachingEngine engine) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue\n\n");
        md.append("Rule set `").append(engine.ruleSet().name()).append("` ").append(engine.ruleSet().version())
                .append(": ").append(engine.rules().size()).append(" rules. Generated from the rules' metadata by ")
                .append("`./coach rules --markdown`; do not edit by hand (the build checks it is up to date).\n\n");
        md.append("Recommendations are shown URGENT first, then CAUTION, then ADVICE. The safety policy: an URGENT ")
                .append("SAFETY recommendation (tier urgent) withholds every recommendation outside SAFETY; a SAFETY ")
                .append("recommendation of tier assess withholds every recommendation that adds load; one of tier ")
                .append("review holds nothing back.\n");
        Map<String, ParameterInfo> parameters = new LinkedHashMap<>();
        engine.parameters().forEach(p -> parameters.put(p.name(), p));
        for (Category category : Category.values()) {
            List<RuleInfo> rules = engine.rules().stream().filter(r -> r.category() == category).toList();
            if (rules.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(category).append("\n");
            for (RuleInfo rule : rules) {
                md.append("\n### `").append(rule.id()).append("` (").append(rule.priority()).append(")\n\n");
                md.append(rule.summary()).append("\n\n");
                md.append("- Fires when: ").append(rule.when() == null ? "(not described)" : rule.when()).append('\n');
                if (rule.tier() != null) {
                    md.append("- Tier: ").append(rule.tier().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
                }
                md.append("- Adds load: ").append(rule.addsLoad() ? "yes" : "no").append('\n');
                if (!rule.parameters().isEmpty()) {
                    md.append("- Parameters: ").append(rule.parameters().stream()
                            .map(name -> "`" + name + "` = " + value(parameters.get(name)))
                            .collect(Collectors.joining(", "))).append('\n');
                }
                md.append("- Sources: ").append(rule.sources().stream().map(s -> "`" + s.key() + "`")
                        .collect(Collectors.joining(", "))).append('\n');
                md.append("- Reviewed: ").append(rule.reviewed()).append('\n');
                if (rule.pack() != null) {
                    md.append("- Pack: ").append(rule.pack())
                            .append(rule.overrideReason() == null ? "" : ", overriding the default: " + rule.overrideReason())
                            .append('\n');
                }
            }
        }
        if (!engine.disabledRules().isEmpty()) {
            md.append("\n## Disabled\n\n");
            for (DisabledRule disabled : engine.disabledRules()) {
                md.append("- `").append(disabled.id()).append("` by ").append(disabled.pack()).append(": ")
                        .append(disabled.reason()).append('\n');
            }
        }
        md.append("\n## Parameters\n\n");
        md.append("Set them with `CoachingEngine.builder().parameter(name, value)` or under `\"parameters\"` in a ")
                .append("pack's `pack.json`; values outside the range are refused.\n\n");
        md.append("| parameter | value | default | range | unit | what it controls |\n|---|---:|---:|---|---|---|\n");
        for (ParameterInfo p : engine.parameters()) {
            md.append("| `").append(p.name()).append("` | ").append(number(p.value())).append(" | ")
                    .append(number(p.defaultValue())).append(" | ").append(number(p.min())).append(" to ")
                    .append(number(p.max())).append(" | ").append(p.unit()).append(" | ").append(p.description())
                    .append(" |\n");
        }
        md.append("\n## Sources\n\n");
        Map<String, Source> sources = new LinkedHashMap<>();
        engine.rules().stream().flatMap(r -> r.sources().stream()).sorted(java.util.Comparator.comparing(Source::key))
                .forEach(s -> sources.putIfAbsent(s.key(), s));
        for (Source source : sources.values()) {
            md.append("- `").append(source.key()).append("`: ").append(source.label())
                    .append(source.url() == null ? "" : " <" + source.url() + ">").append('\n');
        }
        return md.toString();
    }

    private static String value(ParameterInfo parameter) {
        return parameter == null ? "?" : number(parameter.value()) + " " + parameter.unit();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
