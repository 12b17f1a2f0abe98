package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./coach} script's class-data-sharing archives ({@code examples/target/coach.jsa}, and
 * {@code coach-batch.jsa} for {@code batch} and {@code diff}) only ever make the start faster: whether one is
 * missing, made for another class path, not an archive at all, or cannot be written, {@code evaluate --json} prints
 * exactly what the CLI prints without it (and {@code batch} writes the same advice), and nothing else. Each test
 * runs the real script in a copy of the repository's layout (the script, the example client its training run
 * evaluates, {@code examples/target/coach.jar} and its {@code lib} folder), told not to build.
 */
class StartupArchiveFallbackTest {

    private static byte[] expected;

    @TempDir
    Path root;

    @BeforeAll
    static void adviceWithoutAnyArchive() {
        // the packaged CLI started without the script: no archive, default JVM options
        Coach.Run run = Coach.coach("evaluate", "--json", client());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        expected = run.stdoutBytes();
    }

    @Test
    void aMissingArchiveIsMadeWithoutAWordAndTheAdviceIsTheSame() throws IOException {
        // GIVEN a fresh build: no archive yet
        Path target = install(root);

        // WHEN the script evaluates a client, twice: the first run makes the archive, the second uses it
        Coach.Run first = script(root, Map.of());
        Coach.Run second = script(root, Map.of());

        // THEN both print the same advice as the CLI without any archive, and nothing on standard error
        assertSameAdvice(first);
        assertSameAdvice(second);
        // AND the archive is there, next to the jar, with no temporary file left over
        assertThat(target.resolve("coach.jsa")).isNotEmptyFile();
        try (var files = Files.list(target)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void anArchiveThatIsNotAnArchiveIsIgnoredSilently() throws IOException {
        // GIVEN a file in the archive's place, newer than the jar, that is not an archive
        Path target = install(root);
        Path archive = target.resolve("coach.jsa");
        Files.writeString(archive, "not a class-data-sharing archive\n", StandardCharsets.UTF_8);
        newerThanTheJar(archive, target);

        // WHEN the script evaluates a client
        Coach.Run run = script(root, Map.of());

        // THEN the JVM starts without it: same advice, nothing on standard error
        assertSameAdvice(run);
    }

    @Test
    void anArchiveMadeForAnotherClassPathIsIgnoredSilently(@TempDir Path other) throws IOException {
        // GIVEN a real archive, made by the script in another copy (another jar, other library paths)
        install(other);
        assertSameAdvice(script(other, Map.of()));
        Path target = install(root);
        Path archive = target.resolve("coach.jsa");
        Files.copy(other.resolve("examples/target/coach.jsa"), archive);
        newerThanTheJar(archive, target);

        // WHEN the script evaluates a client with it
        Coach.Run run = script(root, Map.of());

        // THEN the JVM refuses the archive without a word on either stream, and the advice is the same
        assertSameAdvice(run);
    }

    @Test
    void anUnwritableTargetFolderLeavesTheStartWithoutArchive() throws IOException {
        // GIVEN a build folder the script cannot write to
        Path target = install(root);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(target), "running as a user who may write anywhere (root)");

            // WHEN the script evaluates a client
            Coach.Run run = script(root, Map.of());

            // THEN it starts without an archive: same advice, nothing on standard error, no archive made
            assertSameAdvice(run);
            assertThat(target.resolve("coach.jsa")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theArchiveCanBeTurnedOff() throws IOException {
        // GIVEN a fresh build
        Path target = install(root);

        // WHEN the script evaluates a client with COACH_NO_CDS=1
        Coach.Run run = script(root, Map.of("COACH_NO_CDS", "1"));

        // THEN the advice is the same and no archive is made
        assertSameAdvice(run);
        assertThat(target.resolve("coach.jsa")).doesNotExist();
    }

    @Test
    void aBatchMakesAnArchiveOfItsOwnAndWritesTheSameAdvice() throws IOException {
        // GIVEN a fresh build, a few generated clients as JSON Lines, and their advice from the CLI without any archive
        Path target = install(root);
        Path clients = root.resolve("clients.jsonl");
        Files.write(clients, Coach.coach("generate", "--count", "20", "--seed", "3").stdoutBytes());
        Coach.Run plain = Coach.coach("batch", clients.toString(), "--no-progress");
        assertThat(plain.exitCode()).as(plain.toString()).isZero();

        // WHEN the script runs the batch twice: the first run makes the long runs' archive, the second uses it
        List<String> batch = List.of("bash", root.resolve("coach").toString(), "batch", clients.toString(), "--no-progress");
        Coach.Run first = Coach.run(batch, null, Map.of("COACH_SKIP_BUILD", "1"));
        Coach.Run second = Coach.run(batch, null, Map.of("COACH_SKIP_BUILD", "1"));

        // THEN both write the same advice as the CLI without an archive, and nothing on standard error
        for (Coach.Run run : List.of(first, second)) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.stderr()).as(run.toString()).isEmpty();
            assertThat(run.stdoutBytes()).isEqualTo(plain.stdoutBytes());
        }
        // AND the archive is there, apart from the short commands' one, with nothing of its training run left over
        assertThat(target.resolve("coach-batch.jsa")).isNotEmptyFile();
        assertThat(target.resolve("coach.jsa")).doesNotExist();
        try (var files = Files.list(target)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tmp") || name.endsWith(".jsonl") || name.endsWith(".classlist"));
        }
    }

    private static void assertSameAdvice(Coach.Run run) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).as(run.toString()).isEmpty();
        assertThat(run.stdout()).as("standard output").isEqualTo(new String(expected, StandardCharsets.UTF_8));
    }

    /** The script, the jar and its libraries in the repository's layout under {@code root}; returns the target folder. */
    private static Path install(Path root) throws IOException {
        Path repository = Coach.jar().getParent().getParent().getParent();
        Files.copy(repository.resolve("coach"), root.resolve("coach"));
        // the script's training run, which makes the archive, evaluates this example client
        Path clients = Files.createDirectories(root.resolve("examples/clients"));
        Files.copy(Coach.client("desk-worker.json"), clients.resolve("desk-worker.json"));
        Path target = Files.createDirectories(root.resolve("examples/target"));
        Files.copy(Coach.jar(), target.resolve("coach.jar"));
        Path lib = Files.createDirectories(target.resolve("lib"));
        try (var jars = Files.list(Coach.jar().resolveSibling("lib"))) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        return target;
    }

    private static void newerThanTheJar(Path archive, Path target) throws IOException {
        Instant jar = Files.getLastModifiedTime(target.resolve("coach.jar")).toInstant();
        Files.setLastModifiedTime(archive, FileTime.from(jar.plusSeconds(60)));
    }

    private static Coach.Run script(Path root, Map<String, String> environment) {
        Map<String, String> variables = new java.util.HashMap<>(environment);
        variables.put("COACH_SKIP_BUILD", "1");
        return Coach.run(List.of("bash", root.resolve("coach").toString(), "evaluate", "--json", client()), null,
                variables);
    }

    private static String client() {
        return Coach.client("desk-worker.json").toString();
    }
}
