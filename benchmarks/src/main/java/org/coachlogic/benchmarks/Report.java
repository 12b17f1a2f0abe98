package org.coachlogic.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coachlogic.benchmarks.reference.ReferenceCoach;

/**
 * Turns one run of {@code benchmarks/run.sh} (JMH's JSON results, the start-up timings, the machine and its
 * load) into {@code summary.md}: the targets with engine, baseline and ratio, then the detail.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.Report RESULTS_DIR}.
 * A result file that is missing (a benchmark left out of the run) leaves its rows out.
 */
public final class Report {

    private static final String PREFIX = "org.coachlogic.benchmarks.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final StringBuilder out = new StringBuilder();

    private Report(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String summary = new Report(dir).write();
        Files.writeString(dir.resolve("summary.md"), summary);
        System.out.print(summary);
    }

    private String write() throws IOException {
        JsonNode evaluation = results("evaluation.json");
        JsonNode throughput = results("throughput.json");
        JsonNode build = results("build.json");
        JsonNode scaling = results("scaling.json");
        JsonNode startup = file("startup.json");

        line("## Targets (issue 5)");
        line("");
        line("| Target | Engine | Baseline | Ratio | Target | Result |");
        line("|---|---|---|---|---|---|");
        if (evaluation != null) {
            JsonNode engine = find(evaluation, "EvaluationBenchmark.engine", Map.of());
            JsonNode reference = find(evaluation, "EvaluationBenchmark.reference", Map.of());
            double engineMedian = percentile(engine, "50.0");
            double referenceMedian = percentile(reference, "50.0");
            double ratio = engineMedian / referenceMedian;
            line("| Evaluate the typical client, median (JMH sample mode) | %s | %s (reference) | %.1fx | <= 4 us and <= 15x | %s |",
                    micros(engineMedian), micros(referenceMedian), ratio,
                    verdict(engineMedian <= 4 && ratio <= 15, "%.1fx the 4 us; %.1fx the 15x ratio"
                            .formatted(engineMedian / 4, ratio / 15)));
            double engineBytes = allocation(engine);
            double referenceBytes = allocation(reference);
            line("| Allocated per evaluation (`-prof gc`) | %s | %s (reference) | %.0fx | <= 8 KB (8,192 B) | %s |",
                    bytes(engineBytes), bytes(referenceBytes), engineBytes / referenceBytes,
                    verdict(engineBytes <= 8192, "%.1fx the 8 KB".formatted(engineBytes / 8192)));
        }
        if (throughput != null) {
            double one = score(find(throughput, "ThroughputBenchmark.engineOneThread", Map.of()));
            double two = score(find(throughput, "ThroughputBenchmark.engineTwoThreads", Map.of()));
            double referenceOne = score(find(throughput, "ThroughputBenchmark.referenceOneThread", Map.of()));
            double referenceTwo = score(find(throughput, "ThroughputBenchmark.referenceTwoThreads", Map.of()));
            line("| Two threads against one, evaluations/s | %s -> %s | reference %s -> %s | %.2fx (reference %.2fx) | >= 1.8x | %s |",
                    perSecond(one), perSecond(two), perSecond(referenceOne), perSecond(referenceTwo), two / one,
                    referenceTwo / referenceOne, verdict(two / one >= 1.8, "%.2fx, short of 1.8x".formatted(two / one)));
        }
        if (startup != null) {
            double coach = startup.path("coach").path("medianMillis").asDouble();
            double hello = startup.path("hello").path("medianMillis").asDouble();
            line("| `./coach evaluate --json` from start to output, median | %.0f ms | %.0f ms (`java -cp DIR Hello`) | %.1fx | <= 5x | %s |",
                    coach, hello, coach / hello, verdict(coach / hello <= 5,
                            "%.1fx, %.1fx the 5x ratio".formatted(coach / hello, coach / hello / 5)));
        }
        if (build != null) {
            double plain = score(find(build, "EngineBuildBenchmark.warmDefault", Map.of()));
            double pack = score(find(build, "EngineBuildBenchmark.warmWithTenRulePack", Map.of()));
            line("| A 10-rule pack added to a warm engine build | +%.1f ms (%.1f ms in all) | %.1f ms (default rules only) | %.1fx | <= +100 ms | %s |",
                    pack - plain, pack, plain, pack / plain,
                    verdict(pack - plain <= 100, "%.0f ms over".formatted(pack - plain - 100)));
        }
        line("");

        if (evaluation != null) {
            line("## Evaluation of the typical client, one thread (`EvaluationBenchmark`, sample mode, us)");
            line("");
            line("| | p50 | p90 | p99 | mean | B/op |");
            line("|---|---|---|---|---|---|");
            for (String name : List.of("engine", "reference")) {
                JsonNode result = find(evaluation, "EvaluationBenchmark." + name, Map.of());
                line("| %s | %.2f | %.2f | %.2f | %.2f ± %.2f | %,.0f |", name, percentile(result, "50.0"),
                        percentile(result, "90.0"), percentile(result, "99.0"), score(result), error(result),
                        allocation(result));
            }
            line("");
        }
        if (throughput != null) {
            line("## Throughput, one engine shared by the threads (`ThroughputBenchmark`, evaluations/s)");
            line("");
            line("| | 1 thread | 2 threads | 2 against 1 |");
            line("|---|---|---|---|");
            for (String name : List.of("engine", "reference")) {
                JsonNode one = find(throughput, "ThroughputBenchmark." + name + "OneThread", Map.of());
                JsonNode two = find(throughput, "ThroughputBenchmark." + name + "TwoThreads", Map.of());
                line("| %s | %s ± %s | %s ± %s | %.2fx |", name, perSecond(score(one)), perSecond(error(one)),
                        perSecond(score(two)), perSecond(error(two)), score(two) / score(one));
            }
            line("");
        }
        if (build != null) {
            line("## Engine build (`EngineBuildBenchmark`, ms)");
            line("");
            line("| | default rules | with a 10-rule pack | the pack adds |");
            line("|---|---|---|---|");
            for (String kind : List.of("warm", "cold")) {
                JsonNode plain = find(build, "EngineBuildBenchmark." + kind + "Default", Map.of());
                JsonNode pack = find(build, "EngineBuildBenchmark." + kind + "WithTenRulePack", Map.of());
                line("| %s (%s) | %.1f ± %.1f | %.1f ± %.1f | %.1f |", kind,
                        kind.equals("warm") ? "average over many builds in one JVM" : "first build in a fresh JVM, mean of "
                                + plain.path("forks").asInt() + " forks",
                        score(plain), error(plain), score(pack), error(pack), score(pack) - score(plain));
            }
            line("");
        }
        if (scaling != null) {
            line("## Scaling with generated rules (`ScalingBenchmark`)");
            line("");
            line("| rules | evaluate, few facts (us) | allocated (B) | evaluate, all facts (us) | allocated (B) | build (ms) |");
            line("|---|---|---|---|---|---|");
            Map<Integer, String[]> rows = new TreeMap<>();
            for (JsonNode result : scaling) {
                int generated = result.path("params").path("generatedRules").asInt();
                String[] row = rows.computeIfAbsent(generated, g -> new String[5]);
                String value = "%,.1f ± %,.1f".formatted(score(result), error(result));
                String allocated = Double.isNaN(allocation(result)) ? null : "%,.0f".formatted(allocation(result));
                switch (result.path("benchmark").asText().substring(PREFIX.length())) {
                    case "ScalingBenchmark.evaluateFewFacts" -> {
                        row[0] = value;
                        row[1] = allocated;
                    }
                    case "ScalingBenchmark.evaluateAllFacts" -> {
                        row[2] = value;
                        row[3] = allocated;
                    }
                    case "ScalingBenchmark.build" -> row[4] = value;
                    default -> { }
                }
            }
            int defaults = ReferenceCoach.rules().size(); // the differential test keeps it equal to the engine's
            rows.forEach((generated, row) -> line("| %d + %,d | %s | %s | %s | %s | %s |", defaults, generated, orDash(row[0]),
                    orDash(row[1]), orDash(row[2]), orDash(row[3]), orDash(row[4])));
            line("");
        }
        if (startup != null) {
            line("## Start-up (`StartupTimer`, ms from process start to exit, output read)");
            line("");
            double hello = startup.path("hello").path("medianMillis").asDouble();
            line("| command | median | ratio to `Hello` | min | max |");
            line("|---|---|---|---|---|");
            startup.fields().forEachRemaining(entry -> {
                if (entry.getValue().has("command")) {
                    line("| `%s` | %.0f | %.1fx | %.0f | %.0f |", entry.getValue().path("command").asText(),
                            entry.getValue().path("medianMillis").asDouble(),
                            entry.getValue().path("medianMillis").asDouble() / hello,
                            entry.getValue().path("minMillis").asDouble(), entry.getValue().path("maxMillis").asDouble());
                }
            });
            line("");
            line("Load average at the end of the start-up run: %s", startup.path("loadAverageAtEnd").asText("unknown"));
            line("");
        }
        Path machine = dir.resolve("machine.txt");
        if (Files.exists(machine)) {
            line("## Machine and load");
            line("");
            line("```");
            out.append(Files.readString(machine).strip()).append('\n');
            line("```");
        }
        return out.toString();
    }

    private JsonNode results(String name) throws IOException {
        JsonNode node = file(name);
        return node == null || !node.isArray() || node.isEmpty() ? null : node;
    }

    private JsonNode file(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? JSON.readTree(file.toFile()) : null;
    }

    private static JsonNode find(JsonNode results, String benchmark, Map<String, String> params) {
        for (JsonNode result : results) {
            if (result.path("benchmark").asText().equals(PREFIX + benchmark)) {
                boolean all = params.entrySet().stream()
                        .allMatch(p -> result.path("params").path(p.getKey()).asText().equals(p.getValue()));
                if (all) {
                    return result;
                }
            }
        }
        throw new IllegalStateException("no result for " + benchmark + " " + params);
    }

    private static double score(JsonNode result) {
        return result.path("primaryMetric").path("score").asDouble();
    }

    private static double error(JsonNode result) {
        double error = result.path("primaryMetric").path("scoreError").asDouble();
        return Double.isNaN(error) ? 0 : error;
    }

    private static double percentile(JsonNode result, String percentile) {
        return result.path("primaryMetric").path("scorePercentiles").path(percentile).asDouble();
    }

    private static double allocation(JsonNode result) {
        return result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
    }

    private static String verdict(boolean met, String missedBy) {
        return met ? "met" : "**missed**: " + missedBy;
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, "%.2f us", value);
    }

    private static String bytes(double value) {
        return String.format(Locale.ROOT, "%,.0f B", value);
    }

    private static String perSecond(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
