package org.coachlogic.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.testkit.ClientGenerator;

/**
 * {@code coach batch} end to end on a generated population, JSON in and out, against in-process evaluation of
 * the same clients in the same run: clients per second on 1 and 2 threads, and the peak resident memory of the
 * batch process for the whole population and for a tenth of it (memory flat in input size).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.BatchBenchmark
 * COACH_JAR COUNT WORK_DIR}. Not a test: it reports figures, it decides nothing. The population is
 * {@code ClientGenerator.population(1)}, the same as {@code coach generate --count COUNT --seed 1}.
 */
public final class BatchBenchmark {

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        int count = Integer.parseInt(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        Path clients = work.resolve("clients.jsonl");
        Path tenth = work.resolve("clients-tenth.jsonl");
        Path advice = work.resolve("advice.jsonl");

        long bytes = generate(clients, count);
        generate(tenth, count / 10);
        System.out.printf(Locale.ROOT, "population: %,d clients, %,d bytes of JSON Lines (%s)%n", count, bytes, clients);

        // in process: the engine on facts objects, no JSON, no process; a warm-up pass first
        List<ClientFacts> facts = ClientGenerator.population(1).stream(Math.min(count, 200_000)).toList();
        // the default bound counts rule firings, so a busy machine cannot trip it
        CoachingEngine engine = CoachingEngine.builder().build();
        double inProcess1 = inProcess(engine, facts, 1, count);
        double inProcess2 = inProcess(engine, facts, 2, count);

        Result batch1 = batch(jar, clients, advice, 1);
        Result batch2 = batch(jar, clients, advice, 2);
        Result batchTenth = batch(jar, tenth, advice, 2);

        System.out.println();
        System.out.println("| | 1 thread | 2 threads | 2 vs 1 |");
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| in process, facts objects (clients/s) | %,.0f | %,.0f | %.2fx |%n",
                inProcess1, inProcess2, inProcess2 / inProcess1);
        System.out.printf(Locale.ROOT, "| coach batch, JSON Lines in and out (clients/s) | %,.0f | %,.0f | %.2fx |%n",
                batch1.rate(count), batch2.rate(count), batch2.rate(count) / batch1.rate(count));
        System.out.printf(Locale.ROOT, "| coach batch against in process | %.2f | %.2f | |%n",
                batch1.rate(count) / inProcess1, batch2.rate(count) / inProcess2);
        System.out.printf(Locale.ROOT, "| coach batch wall time (s) | %.1f | %.1f | |%n", batch1.seconds(), batch2.seconds());
        System.out.printf(Locale.ROOT, "| coach batch peak resident memory (MB) | %,d | %,d | |%n",
                batch1.peakKb() / 1024, batch2.peakKb() / 1024);
        System.out.printf(Locale.ROOT, "%npeak resident memory, 2 threads: %,d MB for %,d clients, %,d MB for %,d "
                + "(%.2fx the memory for 10x the input)%n", batch2.peakKb() / 1024, count, batchTenth.peakKb() / 1024,
                count / 10, (double) batch2.peakKb() / batchTenth.peakKb());
        System.out.printf(Locale.ROOT, "advice written: %,d bytes%n", Files.size(advice));
    }

    private static long generate(Path file, int count) throws IOException {
        ClientGenerator generator = ClientGenerator.population(1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(CoachingJson.writeFactsLine(generator.next()));
            }
        }
        return Files.size(file);
    }

    /** Clients per second evaluating {@code total} clients from {@code facts} (cycled) on {@code threads}. */
    private static double inProcess(CoachingEngine engine, List<ClientFacts> facts, int threads, int total)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(pool, engine, facts, threads, Math.min(total, facts.size())); // warm-up
            long start = System.nanoTime();
            run(pool, engine, facts, threads, total);
            double rate = total / ((System.nanoTime() - start) / 1e9);
            System.out.printf(Locale.ROOT, "in process, %d thread(s): %,.0f clients/s%n", threads, rate);
            return rate;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void run(ExecutorService pool, CoachingEngine engine, List<ClientFacts> facts, int threads,
                            int total) throws Exception {
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            done.add(pool.submit(() -> {
                int shown = 0;
                for (int i = first; i < total; i += threads) {
                    shown += engine.evaluate(facts.get(i % facts.size())).recommendations().size();
                }
                return shown;
            }));
        }
        for (Future<Integer> future : done) {
            future.get();
        }
    }

    /** One run of the batch process. */
    private record Result(double seconds, long peakKb) {
        double rate(int count) {
            return count / seconds;
        }
    }

    private static Result batch(Path jar, Path input, Path output, int threads) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "batch", "--threads", String.valueOf(threads), input.toString(), "-o", output.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        long peakKb = 0;
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterMark(status));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            // 1: the evaluation of some lines failed (on a very busy machine, the engine's one-second limit);
            // they have error records, and the figures say so
            System.out.printf(Locale.ROOT, "coach batch exited with %d: see its standard error above%n",
                    process.exitValue());
        }
        System.out.printf(Locale.ROOT, "coach batch --threads %d on %s: %.1f s, peak resident %,d MB%n", threads,
                input.getFileName(), seconds, peakKb / 1024);
        return new Result(seconds, peakKb);
    }

    /** VmHWM, the peak resident set of a live process, in kB; 0 once it has gone. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
