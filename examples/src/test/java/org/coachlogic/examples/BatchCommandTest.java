package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.coach;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coach generate} and {@code coach batch}, run as processes against the packaged jar. */
class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void batchGivesTheAdviceOfEveryGeneratedClientInOrderOnAnyNumberOfThreads() throws IOException {
        // GIVEN a generated population of 600 clients (more than two chunks per thread)
        Coach.Run generated = coach("generate", "--count", "600", "--seed", "7");
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        Path clients = temp.resolve("clients.jsonl");
        Files.write(clients, generated.stdoutBytes());

        // WHEN batch evaluates it on two threads into a file, and on one thread to standard output
        Path advice = temp.resolve("advice.jsonl");
        Coach.Run twoThreads = coach("batch", "--threads", "2", clients.toString(), "-o", advice.toString());
        Coach.Run oneThread = coach(generated.stdoutBytes(), "batch", "--threads", "1", "-");

        // THEN each line of output is the advice for the same line of input, as the library gives it, and
        // nothing else was printed: no progress bar when standard error is not a terminal
        assertThat(twoThreads.exitCode()).as(twoThreads.toString()).isZero();
        assertThat(twoThreads.stderr()).isEmpty();
        assertThat(twoThreads.stdout()).isEmpty();
        CoachingEngine engine = CoachingEngine.builder().build();
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(clients)) {
            expected.add(CoachingJson.writeAdviceLine(engine.evaluate(CoachingJson.readFacts(line))).strip());
        }
        assertThat(expected).hasSize(600);
        assertThat(Files.readAllLines(advice)).isEqualTo(expected);
        assertThat(oneThread.exitCode()).as(oneThread.toString()).isZero();
        assertThat(oneThread.stdoutBytes()).isEqualTo(Files.readAllBytes(advice));
    }

    @Test
    void anInvalidLineGetsAnErrorRecordInItsPlaceAndTheOthersAreStillEvaluated() throws IOException {
        // GIVEN five lines: valid, two problems, truncated, blank, valid
        String valid = CoachingJson.writeFactsLine(CoachingJson.readFacts(
                Files.readString(Coach.client("desk-worker.json")))).strip();
        String input = String.join("\n", valid,
                "{\"client\":{\"age\":200,\"experience\":\"NOVICE\"},\"pain\":{\"intensity\":12}}",
                "{\"client\":{\"age\":30,",
                "",
                valid) + "\n";

        // WHEN batch reads them
        Coach.Run run = coach(input.getBytes(StandardCharsets.UTF_8), "batch", "-");

        // THEN there are five output lines, the bad ones error records naming their line and every problem
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("{\"complete\":true,\"recommendations\":[").isEqualTo(lines.get(4));
        JsonNode twoProblems = JSON.readTree(lines.get(1));
        assertThat(twoProblems.get("line").asLong()).isEqualTo(2);
        assertThat(twoProblems.get("error").asText()).isEqualTo("invalid facts");
        assertThat(twoProblems.get("problems").findValuesAsText("path"))
                .containsExactly("$.client.age", "$.pain.intensity");
        assertThat(JSON.readTree(lines.get(2)).get("line").asLong()).isEqualTo(3);
        assertThat(JSON.readTree(lines.get(3)).get("line").asLong()).isEqualTo(4);
        // and standard error names each bad line with each of its problems
        assertThat(run.stderr()).contains("coach: line 2: invalid client facts (2 problems):")
                .contains("$.client.age: ").contains("$.pain.intensity: ")
                .contains("coach: line 3: ").contains("coach: line 4: ")
                .contains("3 of 5 lines were invalid")
                .doesNotContain("line 1:").doesNotContain("line 5:").doesNotContain("Exception");
    }

    @Test
    void aLineWithIncompleteAdviceIsWrittenWithItsSafetyAdviceAndCounted() throws IOException {
        // GIVEN a pack whose rule fails when a red flag is reported, and two clients, one with a red flag
        String input = "{\"client\":{\"age\":40,\"experience\":\"NOVICE\"},\"redFlags\":[\"FEVER\"]}\n"
                + "{\"client\":{\"age\":40,\"experience\":\"NOVICE\"}}\n";

        // WHEN batch evaluates them with the pack
        Coach.Run run = coach(input.getBytes(StandardCharsets.UTF_8), "batch", "--pack",
                "../rules/src/test/resources/packs/deletes-flag", "-");

        // THEN both lines have advice, the first marked incomplete with its safety recommendation, and exit 3
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("complete").asBoolean()).isFalse();
        assertThat(first.get("recommendations").findValuesAsText("id")).containsExactly("safety.infection");
        assertThat(JSON.readTree(lines.get(1)).get("complete").asBoolean()).isTrue();
        assertThat(run.stderr()).contains("coach: line 1: incomplete advice").contains("1 of 2 lines have incomplete advice")
                .doesNotContain("line 2:");
    }

    @Test
    void memoryDoesNotGrowWithTheInput() throws IOException {
        // GIVEN 20,000 clients, whose advice (over 100 MB) is far more than the heap allowed below
        Coach.Run generated = coach("generate", "--count", "20000", "--seed", "11");
        Path clients = temp.resolve("many.jsonl");
        Files.write(clients, generated.stdoutBytes());

        // WHEN batch runs with a heap of 96 MB
        Path advice = temp.resolve("many-advice.jsonl");
        Coach.Run run = Coach.run(List.of(Coach.java(), "-Xmx96m", "-jar", Coach.jar().toString(), "batch",
                clients.toString(), "-o", advice.toString()), null);

        // THEN it finished with every line
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.size(advice)).isGreaterThan(96L * 1024 * 1024);
        try (var lines = Files.lines(advice)) {
            assertThat(lines.count()).isEqualTo(20_000);
        }
    }

    @Test
    void onATerminalAProgressBarShowsTheRate() throws IOException {
        // GIVEN a population, and a terminal (script(1) runs the command on a pseudo-terminal)
        Coach.Run generated = coach("generate", "--count", "300");
        Path clients = temp.resolve("clients.jsonl");
        Files.write(clients, generated.stdoutBytes());
        String command = Coach.java() + " -jar " + Coach.jar() + " batch " + clients + " -o " + temp.resolve("out.jsonl");

        // WHEN batch runs there
        Coach.Run run = Coach.run(List.of("script", "-qfec", command, "/dev/null"), null);

        // THEN the terminal saw the bar with the count and the rate
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("coach batch").contains("300/300 clients").contains("clients/s");
    }

    @Test
    void generateGivesTheSamePopulationForTheSameSeed() {
        // WHEN the same seed is used twice, and another once
        Coach.Run first = coach("generate", "--count", "50", "--seed", "3");
        Coach.Run again = coach("generate", "--count", "50", "--seed", "3");
        Coach.Run other = coach("generate", "--count", "50", "--seed", "4");

        // THEN the same seed gave the same bytes, valid facts one per line, and another seed others
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(again.stdoutBytes()).isEqualTo(first.stdoutBytes());
        assertThat(other.stdoutBytes()).isNotEqualTo(first.stdoutBytes());
        assertThat(first.stdout().lines()).hasSize(50).allSatisfy(line -> CoachingJson.readFacts(line));
    }

    @Test
    void anOutputFileInAMissingFolderIsInvalidInput() {
        Coach.Run run = coach("batch", Coach.client("desk-worker.json").toString(), "-o",
                temp.resolve("no/such/folder/out.jsonl").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("cannot write").contains("no such folder").doesNotContain("Exception");
    }
}
