package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.coach;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code coach pack new}: the pack it writes loads, lists its rules, and passes its own fixtures as written. */
class PackNewCommandTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "--table {0}")
    @ValueSource(strings = {"csv", "xlsx", ""})
    void theWrittenPackPassesItsOwnFixtures(String table) {
        // GIVEN a pack written by coach pack new, as a CSV table, an XLSX table or DRL
        String name = "clinic-" + (table.isEmpty() ? "drl" : table);
        Coach.Run written = table.isEmpty()
                ? coach("pack", "new", name, "--directory", temp.toString())
                : coach("pack", "new", name, "--table", table, "--directory", temp.toString());
        assertThat(written.exitCode()).as(written.toString()).isZero();
        Path pack = temp.resolve(name);
        assertThat(pack.resolve(table.isEmpty() ? "rules.drl" : "rules." + table)).isRegularFile();

        // WHEN its fixtures are run against it
        Coach.Run run = coach("test", "--pack", pack.toString(), pack.resolve("fixtures").toString());

        // THEN each of its four rules fires in one fixture and stays quiet in its near miss
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).endsWith("8 passed, 0 failed\n");
        assertThat(run.stderr()).isEmpty();
        Coach.Run rules = coach("rules", "--pack", pack.toString());
        assertThat(rules.stdout()).contains(name + ".pain-screen", name + ".sleep-and-stress", name + ".long-sitting",
                name + ".injury-prevention-warm-up");
    }

    @Test
    void anExistingFolderIsNeverOverwritten() throws Exception {
        Files.createDirectories(temp.resolve("taken"));

        Coach.Run run = coach("pack", "new", "taken", "--directory", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("already exists");
    }

    @Test
    void anUnknownTableFormatIsAUsageError() {
        Coach.Run run = coach("pack", "new", "clinic", "--table", "ods", "--directory", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--table must be csv or xlsx");
        assertThat(temp.resolve("clinic")).doesNotExist();
    }
}
