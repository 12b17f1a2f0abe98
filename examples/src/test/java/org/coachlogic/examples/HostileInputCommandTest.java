package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.coach;
import static org.coachlogic.examples.EvaluateCommandTest.assertNoStackTrace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code coach evaluate} on input built to hurt, run as a process: each exits with 2, prints nothing on
 * standard output, and on standard error a header naming the file and one {@code path: message} line per
 * problem, never a stack trace. The library's own tests ({@code CoachingJsonHostileInputTest} in core) hold
 * the full corpus; this is the part a user of the command line meets.
 */
class HostileInputCommandTest {

    private static final String CLIENT = "\"client\": {\"age\": 42, \"experience\": \"NOVICE\"}";
    private static final String MINIMAL = "{" + CLIENT + "}";

    /** A file's content and the start of the first problem line it must give. */
    record Hostile(String name, byte[] content, String firstProblem) {

        static Hostile of(String name, String content, String firstProblem) {
            return new Hostile(name, content.getBytes(StandardCharsets.UTF_8), firstProblem);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> corpus() {
        return Stream.of(
                Hostile.of("larger than 1 MB", MINIMAL + " ".repeat(1 << 20), "$: is larger than the limit of 1 MB"),
                Hostile.of("a string of 1 MB", "{\"client\": {\"age\": 42, \"experience\": \"NOVICE\", \"sport\": {\"name\": \""
                        + "x".repeat(1_000_000) + "\"}}}", "$.client.sport.name: is a string longer than 10000 characters"),
                Hostile.of("a number of 10,000 digits", "{\"client\": {\"age\": " + "9".repeat(10_000)
                        + ", \"experience\": \"NOVICE\"}}", "$.client.age: is a number longer than 50 characters"),
                Hostile.of("arrays nested 100,000 deep", "{" + CLIENT + ", \"goals\": " + "[".repeat(100_000)
                        + "]".repeat(100_000) + "}", "$.goals" + "[0]".repeat(32) + ": is nested more than 32 levels deep"),
                Hostile.of("half a million values", "{" + CLIENT + ", \"goals\": [" + "1,".repeat(500_000) + "1]}",
                        "$.goals[9990]: has more than 10000 JSON tokens"),
                Hostile.of("a duplicate key hiding a red flag", "{" + CLIENT + ", \"redFlags\": [\"FEVER\"], \"redFlags\": []}",
                        "$.redFlags: is a duplicate property"),
                Hostile.of("NaN", "{" + CLIENT + ", \"sleep\": {\"hoursPerNight\": NaN}}",
                        "$.sleep.hoursPerNight: is NaN, which is not a JSON number"),
                Hostile.of("Infinity", "{" + CLIENT + ", \"training\": {\"loadIncreasePercentLastWeek\": Infinity}}",
                        "$.training.loadIncreasePercentLastWeek: is Infinity, which is not a JSON number"),
                Hostile.of("a number for a string", "{\"client\": {\"age\": 42, \"experience\": 1}}",
                        "$.client.experience: must be one of NOVICE, INTERMEDIATE, ADVANCED, was 1"),
                Hostile.of("a string for a number", "{\"client\": {\"age\": \"42\", \"experience\": \"NOVICE\"}}",
                        "$.client.age: must be a whole number, was the string \"42\""),
                Hostile.of("null for the age", "{\"client\": {\"age\": null, \"experience\": \"NOVICE\"}}",
                        "$.client.age: is required, was null"),
                Hostile.of("trailing garbage", MINIMAL + " garbage", "$: is not valid JSON: unrecognized token 'garbage'"),
                Hostile.of("a control character", "{\"client\":\u0001 {\"age\": 42, \"experience\": \"NOVICE\"}}",
                        "$.client: is not valid JSON: illegal character"),
                new Hostile("UTF-16", concat(bytes(0xff, 0xfe), MINIMAL.getBytes(StandardCharsets.UTF_16LE)),
                        "$: is not UTF-8: it starts with a UTF-16 or UTF-32 byte order mark"),
                new Hostile("a byte order mark", concat(bytes(0xef, 0xbb, 0xbf), MINIMAL.getBytes(StandardCharsets.UTF_8)),
                        "$: starts with a byte order mark"),
                new Hostile("invalid UTF-8", concat(("{" + CLIENT + ", \"redFlags\": [\"").getBytes(StandardCharsets.US_ASCII),
                        bytes(0xc1, 0x86), "EVER\"]}".getBytes(StandardCharsets.US_ASCII)),
                        "$.redFlags[0]: is not valid UTF-8: malformed byte 0xc1"),
                // ESC escaped, as JSON wants it; the 8-bit CSI raw, as JSON allows it
                Hostile.of("a terminal escape in a property name", "{" + CLIENT + ", \"x\\u001b[2J\u009b31m\": 1}",
                        "$['x\\u001b[2J\\u009b31m']: is not a known property"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void exitsWithTwoAndOneLinePerProblem(Hostile input, @TempDir Path folder) throws IOException {
        // GIVEN the hostile document in a file
        Path file = Files.write(folder.resolve("client.json"), input.content());

        // WHEN evaluating it
        Coach.Run run = coach("evaluate", file.toString());

        // THEN exit 2, a header naming the file, the expected first problem, and nothing else anywhere
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stdout()).as("standard output").isEmpty();
        List<String> lines = run.stderr().lines().toList();
        assertThat(lines.get(0)).startsWith("coach: invalid client facts in " + file + " (");
        assertThat(lines.subList(1, lines.size())).as(run.toString()).isNotEmpty().allMatch(line -> line.startsWith("$"));
        assertThat(lines.get(1)).startsWith(input.firstProblem());
        assertThat(run.stderr()).as("standard error").doesNotContain("\u001b", "\u009b");
        assertNoStackTrace(run);
    }

    @Test
    void aFloodOfProblemsOnStandardInputIsCutToTheFirstHundred() {
        // GIVEN 5,000 wrong goals piped in
        byte[] json = ("{" + CLIENT + ", \"goals\": [" + IntStream.range(0, 5_000).mapToObj(i -> "\"G" + i + "\"")
                .collect(Collectors.joining(",")) + "]}").getBytes(StandardCharsets.UTF_8);

        // WHEN
        Coach.Run run = coach(json, "evaluate", "-");

        // THEN the first hundred, then a line saying reading stopped
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        List<String> lines = run.stderr().lines().toList();
        assertThat(lines).hasSize(1 + 101);
        assertThat(lines.get(0)).startsWith("coach: invalid client facts in standard input");
        assertThat(lines.get(100)).startsWith("$.goals[99]: must be one of");
        assertThat(lines.get(101)).isEqualTo("$: has more problems than the first 100 listed; reading stopped there");
        assertNoStackTrace(run);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
