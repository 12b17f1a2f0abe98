package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.coach;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.junit.jupiter.api.Test;

/** {@code coach rules}, {@code --version} and {@code --help}, run as a process against the packaged jar. */
class RulesCommandTest {

    @Test
    void rulesListsEveryRuleInAlignedColumns() {
        // WHEN listing the rules
        Coach.Run run = coach("rules");

        // THEN the table has a header and a row per rule, each column starting where its heading does
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).isEmpty();
        List<String> lines = run.stdout().lines().toList();
        String header = lines.get(0);
        assertThat(header).startsWith("ID ").contains("CATEGORY", "PRIORITY", "SOURCES");
        List<String> rows = rows(run.stdout());
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            assertThat(row.substring(header.indexOf("CATEGORY")).split(" ")[0]).as(row)
                    .isIn(names(Category.values()));
            assertThat(row.substring(header.indexOf("PRIORITY")).split(" ")[0]).as(row)
                    .isIn(names(Priority.values()));
            assertThat(row.substring(header.indexOf("SOURCES")).strip()).as(row).isNotEmpty();
        }

        // AND the rule the issue names first is there
        assertThat(rows).anyMatch(row -> row.startsWith("recovery.short-sleep "));
    }

    @Test
    void rulesAsJsonIsAnArrayOfTheSameRulesInTheSameOrder() throws IOException {
        // WHEN listing the rules as a table and as JSON
        Coach.Run table = coach("rules");
        Coach.Run json = coach("rules", "--json");

        // THEN the JSON is an array with one complete object per row of the table, in the same order
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode rules = new ObjectMapper().readTree(json.stdoutBytes());
        assertThat(rules.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : rules) {
            ids.add(rule.path("id").asText());
            assertThat(rule.path("category").asText()).isIn(names(Category.values()));
            assertThat(rule.path("priority").asText()).isIn(names(Priority.values()));
            assertThat(rule.path("summary").asText()).isNotBlank();
            assertThat(rule.path("addsLoad").isBoolean()).isTrue();
            assertThat(rule.has("tier")).isEqualTo(rule.path("category").asText().equals("SAFETY"));
            assertThat(rule.path("sources").size()).isPositive();
            rule.path("sources").forEach(source -> assertThat(source.path("key").asText()).isNotBlank());
        }
        assertThat(ids).doesNotHaveDuplicates()
                .isEqualTo(rows(table.stdout()).stream().map(row -> row.split(" ")[0]).toList());
    }

    @Test
    void versionNamesTheRuleSet() {
        // WHEN asking for the version
        Coach.Run version = coach("--version");

        // THEN it names the rule set and its version, as the rules listing does
        assertThat(version.exitCode()).as(version.toString()).isZero();
        String footer = coach("rules").stdout().lines().filter(line -> line.contains(" in rule set ")).findFirst()
                .orElseThrow();
        String ruleSet = footer.substring(footer.indexOf(" in rule set ") + " in rule set ".length());
        assertThat(ruleSet).isNotBlank();
        assertThat(version.stdout()).contains(ruleSet);
    }

    @Test
    void helpDescribesBothCommands() {
        // WHEN asking for help
        Coach.Run run = coach("--help");

        // THEN it exits 0 and names both commands and the exit codes
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("evaluate", "rules", "Exit codes");
    }

    /** The table's rows: the lines between the header and the blank line before the footer. */
    private static List<String> rows(String table) {
        List<String> lines = table.lines().toList();
        return lines.subList(1, lines.indexOf(""));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
