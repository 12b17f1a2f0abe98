package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.coach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/decision-tables.md followed as a clinician would: a new pack, the guide's new rule, override and
 * disable pasted in, its fixtures run; and its example of mistakes is what the engine says.
 */
class DecisionTablesGuideTest {

    private static final Path GUIDE = Path.of("../docs/decision-tables.md");

    @TempDir
    Path temp;

    @Test
    void theGuidesRuleOverrideAndDisableWorkInAPackFromCoachPackNew() throws IOException {
        // GIVEN a pack from coach pack new, with the guide's rows, texts, pack.json and fixtures pasted in
        assertThat(coach("pack", "new", "my-clinic", "--table", "csv", "--directory", temp.toString()).exitCode()).isZero();
        Path pack = temp.resolve("my-clinic");
        List<String> rows = blocks("csv");
        assertThat(rows).hasSize(2);
        Files.writeString(pack.resolve("rules.csv"), String.join("\n", rows) + "\n", StandardOpenOption.APPEND);
        Files.writeString(pack.resolve("messages.properties"), "\n" + blocks("properties").get(0) + "\n",
                StandardOpenOption.APPEND);
        List<String> json = blocks("json");
        Files.writeString(pack.resolve("pack.json"), json.stream().filter(b -> b.startsWith("{")).findFirst().orElseThrow());
        Files.writeString(pack.resolve("fixtures/sleep-leaflet.json"),
                json.stream().filter(b -> b.startsWith("[")).findFirst().orElseThrow());

        // WHEN its rules are listed and its fixtures run
        Coach.Run rules = coach("rules", "--pack", pack.toString());
        Coach.Run test = coach("test", "--pack", pack.toString(), pack.resolve("fixtures").toString());

        // THEN the new rule, the override and the disable are there, and every fixture passes
        assertThat(rules.exitCode()).as(rules.toString()).isZero();
        assertThat(rules.stdout()).contains("my-clinic.sleep-leaflet")
                .contains("overrides the default: Our sleep clinic screens sleep under 6 hours only.")
                .contains("disabled: activity.no-passive-supports");
        assertThat(test.exitCode()).as(test.toString()).isZero();
        assertThat(test.stdout()).endsWith("11 passed, 0 failed\n");
    }

    @Test
    void theGuidesListOfMistakesIsWhatTheEngineReports() throws IOException {
        // GIVEN the mistakes the guide shows, from the broken table pack of the rule tests
        List<String> shown = blocks("").stream().filter(b -> b.startsWith("table-broken:"))
                .flatMap(b -> b.lines()).toList();
        assertThat(shown).hasSize(7);

        // WHEN that pack is loaded
        Coach.Run run = coach("rules", "--pack", "../rules/src/test/resources/packs/table-broken");

        // THEN the engine reports exactly those problems
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr().lines().filter(l -> l.startsWith("table-broken:")))
                .containsExactlyInAnyOrderElementsOf(shown);
    }

    private static List<String> blocks(String language) throws IOException {
        return Guides.blocks(GUIDE, language);
    }
}
