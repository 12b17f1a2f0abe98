package org.coachlogic.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coachlogic.CoachingEngine;
import org.coachlogic.DisabledRule;
import org.coachlogic.RuleInfo;
import org.coachlogic.Source;
import org.coachlogic.testkit.RuleCatalogue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coach rules}: every rule the engine runs, with its metadata. */
@Command(name = "rules",
        description = "Lists every rule with its id, category, priority and sources, in the engine's order "
                + "(category, priority, id).")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--json", description = "Print the rules as a JSON array instead of a table.")
    private boolean json;

    @Option(names = "--markdown", description = "Print the rule catalogue as Markdown (docs/rules.md is this output).")
    private boolean markdown;

    @Mixin
    private EngineOptions engineOptions;

    @Override
    public Integer call() throws JsonProcessingException {
        CoachingEngine engine = engineOptions.engine();
        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown ? RuleCatalogue.markdown(engine) : json ? json(engine) : table(engine));
        out.flush();
        return CoachCommand.OK;
    }

    private static String table(CoachingEngine engine) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "CATEGORY", "PRIORITY", "SOURCES"});
        for (RuleInfo rule : engine.rules()) {
            String origin = rule.pack() == null ? ""
                    : rule.overrideReason() == null ? "  [pack " + rule.pack() + "]"
                    : "  [pack " + rule.pack() + " overrides the default: " + rule.overrideReason() + "]";
            rows.add(new String[] {rule.id(), rule.category().name(), rule.priority().name(),
                    rule.sources().stream().map(Source::key).collect(Collectors.joining(", ")) + origin});
        }
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                text.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
            }
            text.append(row[3]).append('\n');
        }
        for (DisabledRule disabled : engine.disabledRules()) {
            text.append("disabled: ").append(disabled.id()).append("  [pack ").append(disabled.pack()).append(": ")
                    .append(disabled.reason()).append("]\n");
        }
        int count = rows.size() - 1;
        text.append('\n').append(count).append(count == 1 ? " rule" : " rules").append(" in rule set ")
                .append(engine.ruleSet().name()).append(' ').append(engine.ruleSet().version());
        if (!engine.disabledRules().isEmpty()) {
            text.append(", ").append(engine.disabledRules().size()).append(" disabled");
        }
        return text.append('\n').toString();
    }

    /** A JSON array with one object per rule; sources have the same shape as in the advice. */
    private static String json(CoachingEngine engine) throws JsonProcessingException {
        List<Map<String, Object>> array = new ArrayList<>();
        for (RuleInfo rule : engine.rules()) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("id", rule.id());
            object.put("category", rule.category().name());
            object.put("priority", rule.priority().name());
            object.put("summary", rule.summary());
            if (rule.tier() != null) {
                object.put("tier", rule.tier().name().toLowerCase(java.util.Locale.ROOT));
            }
            object.put("addsLoad", rule.addsLoad());
            List<Map<String, Object>> sources = new ArrayList<>();
            for (Source source : rule.sources()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("key", source.key());
                entry.put("label", source.label());
                if (source.url() != null) {
                    entry.put("url", source.url());
                }
                sources.add(entry);
            }
            object.put("sources", sources);
            if (rule.pack() != null) {
                object.put("pack", rule.pack());
            }
            if (rule.overrideReason() != null) {
                object.put("overrideReason", rule.overrideReason());
            }
            array.add(object);
        }
        for (DisabledRule disabled : engine.disabledRules()) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("id", disabled.id());
            object.put("disabledBy", disabled.pack());
            object.put("reason", disabled.reason());
            array.add(object);
        }
        // Laid out like the advice JSON: two-space indents, "key": value, [] when empty, \n on every platform.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter layout = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return new ObjectMapper().writer(layout).writeValueAsString(array) + "\n";
    }
}
