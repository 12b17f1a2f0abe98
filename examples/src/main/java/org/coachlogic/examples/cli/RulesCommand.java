package org.coachlogic.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.DisabledRule;
import org.coachlogic.RuleInfo;
import org.coachlogic.Source;
import org.coachlogic.testkit.RuleCatalogue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
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

    @Mixin
    private HelpOption help;

    @Option(names = "--json", description = "Print the rules as a JSON array instead of a table.")
    private boolean json;

    @Option(names = "--markdown", description = "Print the rule catalogue as Markdown (docs/rules.md is this output).")
    private boolean markdown;

    @Mixin
    private EngineOptions engineOptions;

    @Override
    public Integer call() {
        CoachingEngine engine = engineOptions.engine();
        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown ? RuleCatalogue.markdown(engine) : json ? CoachingJson.writeRules(engine) : table(engine));
        out.flush();
        return CoachCommand.OK;
    }

    /** One row per rule, each column as wide as its widest cell plus two spaces; sources never wrap. */
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
        Column[] columns = new Column[4];
        for (int i = 0; i < columns.length; i++) {
            int column = i;
            int widest = rows.stream().mapToInt(row -> row[column].length()).max().orElse(0);
            columns[i] = new Column(widest + 2, 0, Column.Overflow.SPAN);
        }
        TextTable table = TextTable.forColumns(Help.defaultColorScheme(Help.Ansi.OFF), columns);
        rows.forEach(table::addRowValues);
        StringBuilder text = new StringBuilder(table.toString());
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
}
