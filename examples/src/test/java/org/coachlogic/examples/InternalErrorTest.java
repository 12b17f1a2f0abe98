package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An internal error exits 1 with one line, and shows the stack trace only under {@code --verbose}. The error
 * is real: the CLI is run from a copy whose lib folder lacks the rule base.
 */
class InternalErrorTest {

    @TempDir
    static Path install;

    @BeforeAll
    static void copyTheCliWithoutTheRuleBase() throws IOException {
        Path lib = Files.createDirectories(install.resolve("lib"));
        Files.copy(Coach.jar(), install.resolve("coach.jar"));
        try (Stream<Path> jars = Files.list(Coach.jar().resolveSibling("lib"))) {
            for (Path jar : jars.toList()) {
                if (!jar.getFileName().toString().startsWith("coachlogic-rules")) {
                    Files.copy(jar, lib.resolve(jar.getFileName()));
                }
            }
        }
    }

    @Test
    void anInternalErrorExitsWithOneAndOneLine() {
        // WHEN the CLI cannot load its rule base
        Coach.Run run = coachWithoutRuleBase("rules");

        // THEN it exits 1 with one line on standard error and no stack trace
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().lines().toList()).as(run.toString()).hasSize(1)
                .allMatch(line -> line.startsWith("coach: internal error"))
                .allMatch(line -> line.contains("--verbose"));
    }

    @Test
    void verboseAddsTheStackTrace() {
        // WHEN the same failure happens with --verbose
        Coach.Run run = coachWithoutRuleBase("--verbose", "rules");

        // THEN it still exits 1, and the stack trace follows the message
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("coach: internal error").containsPattern("(?m)^\\s+at org\\.coachlogic\\.");
    }

    @Test
    void verboseGivenAfterTheSubcommandAddsTheStackTraceToo() {
        // WHEN the same failure happens with --verbose after the command's name
        Coach.Run run = coachWithoutRuleBase("rules", "--verbose");

        // THEN the inherited option is the same option: the stack trace follows the message
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("coach: internal error").containsPattern("(?m)^\\s+at org\\.coachlogic\\.");
    }

    @Test
    void aFailingVersionProviderHonoursVerbose() {
        // WHEN --version cannot read the rule set, with --verbose before it
        Coach.Run run = coachWithoutRuleBase("--verbose", "--version");

        // THEN one line and the stack trace, exit 1
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("coach: internal error").doesNotContain("run with --verbose")
                .containsPattern("(?m)^\\s+at org\\.coachlogic\\.");
    }

    private static Coach.Run coachWithoutRuleBase(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Coach.java(), "-jar",
                install.resolve("coach.jar").toString()));
        command.addAll(List.of(args));
        return Coach.run(command, null);
    }
}
