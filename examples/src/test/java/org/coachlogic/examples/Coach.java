package org.coachlogic.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the packaged CLI ({@code coach.jar}, as built by {@code package}) as a real process, the way a user
 * does, and captures what it prints. The failsafe plugin passes the jar's path and the example clients'
 * folder as the system properties {@code coach.jar} and {@code coach.clients}.
 */
final class Coach {

    private static final long TIMEOUT_SECONDS = 120;

    private Coach() {
    }

    /** What one run gave. */
    record Run(int exitCode, byte[] stdoutBytes, String stderr) {

        String stdout() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout() + "\n--- stderr\n" + stderr;
        }
    }

    static Path jar() {
        return existing("coach.jar");
    }

    static Path clientsFolder() {
        return existing("coach.clients");
    }

    /** The example client files, by name. */
    static List<Path> clients() {
        try (Stream<Path> files = Files.list(clientsFolder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path client(String fileName) {
        Path file = clientsFolder().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no example client " + file);
        }
        return file;
    }

    /** A file from the test resources, such as {@code invalid/truncated-json.json}. */
    static Path resource(String name) {
        URL url = Coach.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code java -jar coach.jar args...} with nothing on standard input. */
    static Run coach(String... args) {
        return coach(null, args);
    }

    /** {@code java -jar coach.jar args...} with {@code stdin} on standard input. */
    static Run coach(byte[] stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return run(command, stdin);
    }

    /** Runs a Java class from the examples with coach.jar (and through its manifest, its libraries) on the class path. */
    static Run javaMain(String className, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", jar().toString(), className));
        command.addAll(List.of(args));
        return run(command, null);
    }

    /**
     * The {@code ./coach} script at the repository root, as a newcomer runs it, told not to build (the tests
     * run inside a build, which has just packaged the jar it runs).
     */
    static Run script(byte[] stdin, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", jar().getParent().getParent().getParent()
                .resolve("coach").toString()));
        command.addAll(List.of(args));
        return run(command, stdin, java.util.Map.of("COACH_SKIP_BUILD", "1"));
    }

    /** Runs {@code command} and waits for it; a run that hangs fails the test rather than the build. */
    static Run run(List<String> command, byte[] stdin) {
        return run(command, stdin, java.util.Map.of());
    }

    /** Runs {@code command} with these variables added to the environment, and waits for it. */
    static Run run(List<String> command, byte[] stdin, java.util.Map<String, String> environment) {
        try {
            Path out = Files.createTempFile("coach-out", ".txt");
            Path err = Files.createTempFile("coach-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command);
                builder.environment().putAll(environment);
                Process process = builder
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                try (OutputStream in = process.getOutputStream()) {
                    if (stdin != null) {
                        in.write(stdin);
                    }
                }
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("no answer within " + TIMEOUT_SECONDS + " s from " + command);
                }
                return new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path existing(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests with "
                    + "./mvnw verify, which packages the CLI first and sets it");
        }
        Path path = Path.of(value);
        if (!Files.exists(path)) {
            throw new IllegalStateException(property + " = " + path + " does not exist");
        }
        return path;
    }
}
