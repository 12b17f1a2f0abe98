package org.coachlogic.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Times whole processes from start to exit, after their output has been read: {@code ./coach evaluate --json}
 * on an example client against a trivial {@code java -cp <dir> Hello} started the same way (the {@code java}
 * on the {@code PATH}, or {@code $JAVA_HOME/bin/java} as {@code ./coach} picks it). Two warm-up runs of each,
 * then rounds that run each command once, so that a busy moment of the machine spreads over all of them.
 * Prints each median with its ratio to {@code Hello}'s median from the same run, whether issue 17's target
 * (at most 5x) is met, and the load average.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.StartupTimer ROOT RUNS
 * OUT.json}. The CLI must be built and up to date ({@code ./coach --version} builds it).
 */
public final class StartupTimer {

    private static final String CLIENT = "examples/clients/desk-worker.json";
    /** Issue 17: {@code ./coach evaluate --json} takes at most this many times the trivial program. */
    private static final double TARGET_RATIO = 5;

    private StartupTimer() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        String java = System.getenv("JAVA_HOME") != null
                && Files.isExecutable(Path.of(System.getenv("JAVA_HOME"), "bin", "java"))
                ? Path.of(System.getenv("JAVA_HOME"), "bin", "java").toString() : "java";
        Path hello = compileHello();

        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("coach", new Command("COACH_SKIP_BUILD=1 ./coach evaluate --json " + CLIENT,
                List.of("./coach", "evaluate", "--json", CLIENT), Map.of("COACH_SKIP_BUILD", "1")));
        commands.put("coachWithoutArchive", new Command("COACH_SKIP_BUILD=1 COACH_NO_CDS=1 ./coach evaluate --json "
                + CLIENT, List.of("./coach", "evaluate", "--json", CLIENT),
                Map.of("COACH_SKIP_BUILD", "1", "COACH_NO_CDS", "1")));
        commands.put("coachWithStalenessCheck", new Command("./coach evaluate --json " + CLIENT,
                List.of("./coach", "evaluate", "--json", CLIENT), Map.of()));
        commands.put("coachJar", new Command("java -jar examples/target/coach.jar evaluate --json " + CLIENT,
                List.of(java, "-jar", "examples/target/coach.jar", "evaluate", "--json", CLIENT), Map.of()));
        commands.put("hello", new Command("java -cp " + hello + " Hello",
                List.of(java, "-cp", hello.toString(), "Hello"), Map.of()));

        for (Command command : commands.values()) {
            for (int i = 0; i < 2; i++) {
                command.time(root);
            }
        }
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        commands.keySet().forEach(name -> millis.put(name, new ArrayList<>()));
        for (int round = 0; round < runs; round++) {
            for (Map.Entry<String, Command> command : commands.entrySet()) {
                millis.get(command.getKey()).add(command.getValue().time(root));
            }
        }

        double helloMedian = median(millis.get("hello").stream().sorted().toList());
        Map<String, Object> results = new LinkedHashMap<>();
        for (Map.Entry<String, Command> command : commands.entrySet()) {
            List<Double> times = millis.get(command.getKey()).stream().sorted().toList();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("command", command.getValue().display());
            result.put("medianMillis", median(times));
            result.put("minMillis", times.get(0));
            result.put("maxMillis", times.get(times.size() - 1));
            result.put("ratioToHello", median(times) / helloMedian);
            result.put("runsMillis", millis.get(command.getKey()));
            results.put(command.getKey(), result);
            System.out.printf("%-26s median %6.0f ms  %5.1fx Hello  (min %4.0f, max %4.0f, %d runs)  %s%n",
                    command.getKey(), median(times), median(times) / helloMedian, times.get(0),
                    times.get(times.size() - 1), times.size(), command.getValue().display());
        }
        // Issue 17's target: ./coach evaluate --json at most 5x the trivial program, medians of the same run.
        Map<String, Object> target = new LinkedHashMap<>();
        for (String name : List.of("coach", "coachWithStalenessCheck")) {
            double ratio = (double) ((Map<?, ?>) results.get(name)).get("ratioToHello");
            boolean met = ratio <= TARGET_RATIO;
            target.put(name, Map.of("ratioToHello", ratio, "met", met));
            System.out.printf("target: %s at most %.0fx Hello: %s (%.1fx)%n", commands.get(name).display(), TARGET_RATIO,
                    met ? "met" : "missed", ratio);
        }
        String load = loadAverage();
        System.out.println("load average (1, 5, 15 min) at the end: " + load);
        results.put("target", target);
        results.put("loadAverageAtEnd", load);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Path compileHello() throws IOException {
        Path dir = Files.createTempDirectory("coachlogic-hello-");
        Path source = dir.resolve("Hello.java");
        Files.writeString(source, """
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("Hello");
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null || javac.run(null, null, null, "-d", dir.toString(), source.toString()) != 0) {
            throw new IllegalStateException("cannot compile Hello.java: run this with a JDK");
        }
        return dir;
    }

    private record Command(String display, List<String> argv, Map<String, String> env) {

        /** Milliseconds from start to exit; fails unless the process exits with 0 and printed something. */
        double time(Path root) throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(argv).directory(root.toFile());
            builder.environment().putAll(env);
            for (String variable : List.of("COACH_SKIP_BUILD", "COACH_NO_CDS")) {
                if (!env.containsKey(variable)) {
                    builder.environment().remove(variable);
                }
            }
            Path errors = Files.createTempFile("coachlogic-startup-", ".err");
            builder.redirectError(errors.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            byte[] stdout;
            try (InputStream in = process.getInputStream()) {
                stdout = in.readAllBytes();
            }
            int exit = process.waitFor();
            long end = System.nanoTime();
            String stderr = Files.readString(errors).strip();
            Files.delete(errors);
            // Anything on standard error (a rebuild by ./coach, a warning) means this run did not time what it says.
            if (exit != 0 || stdout.length == 0 || !stderr.isEmpty()) {
                throw new IllegalStateException(display + " exited with " + exit + ", printed " + stdout.length
                        + " bytes and said: " + stderr);
            }
            return (end - start) / 1e6;
        }
    }
}
