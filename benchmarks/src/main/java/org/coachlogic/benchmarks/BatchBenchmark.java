package org.coachlogic.benchmarks;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.testkit.ClientGenerator;

/**
 * {@code coach batch} end to end on a generated population, JSON Lines in and out, as a user runs it (the
 * {@code coach} script, with its JVM flags), against in-process evaluation of the same clients in the same run:
 * clients per second on 1 and 2 threads, the process's CPU time, and its peak resident memory for the whole
 * population and for a tenth of it (memory flat in input size). Prints a markdown table with the goals of
 * issue 18 met or missed. Not a test: it reports figures, it decides nothing.
 *
 * <p>Usage (from {@code benchmarks/batch.sh}): {@code java -cp benchmarks/target/benchmarks.jar
 * org.coachlogic.benchmarks.BatchBenchmark COACH_SCRIPT COUNT WORK_DIR}. The population is
 * {@code ClientGenerator.population(1)}, the same as {@code coach generate --count COUNT --seed 1}. Linux only:
 * memory and CPU time are read from {@code /proc}.
 */
public final class BatchBenchmark {

    /** Issue 18: end to end, per core. */
    private static final double GOAL_PER_CORE = 20_000;
    /** Issue 18: two threads against one. */
    private static final double GOAL_SCALING = 1.8;
    /** "Flat": ten times the input may cost at most this much more peak memory. */
    private static final double FLAT = 1.10;

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path coach = Path.of(args[0]).toAbsolutePath();
        int count = Integer.parseInt(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        Path clients = work.resolve("clients.jsonl");
        Path tenth = work.resolve("clients-tenth.jsonl");
        Path advice = work.resolve("advice.jsonl");

        long bytes = generate(clients, count);
        generate(tenth, count / 10);
        System.out.printf(Locale.ROOT, "population: %,d clients, %,d bytes of JSON Lines (%s)%n", count, bytes, clients);

        // in process: the same clients, one engine shared by the threads; a warm-up pass first
        int kept = Math.min(count, 100_000);
        List<byte[]> lines = new ArrayList<>(kept);
        try (var reader = Files.newBufferedReader(clients, StandardCharsets.UTF_8)) {
            String line;
            while (lines.size() < kept && (line = reader.readLine()) != null) {
                lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        List<ClientFacts> facts = new ArrayList<>(kept);
        for (byte[] line : lines) {
            facts.add(CoachingJson.readFacts(new ByteArrayInputStream(line)));
        }
        CoachingEngine engine = CoachingEngine.builder().build();
        Parts parts = parts(engine, lines);
        double inProcess1 = inProcess(engine, facts, 1, count);
        double inProcess2 = inProcess(engine, facts, 2, count);

        Run batch1 = batch(coach, clients, advice, 1, count);
        Run batch2 = batch(coach, clients, advice, 2, count);
        Run tenth1 = batch(coach, tenth, advice, 1, count / 10);
        Run tenth2 = batch(coach, tenth, advice, 2, count / 10);
        long adviceBytes = Files.size(advice);

        double scaling = batch2.rate() / batch1.rate();
        double flat1 = (double) batch1.peakKb() / tenth1.peakKb();
        double flat2 = (double) batch2.peakKb() / tenth2.peakKb();
        String load = load();

        System.out.println();
        System.out.printf(Locale.ROOT, "### coach batch, %,d clients (load average %s when done, nproc %d)%n%n", count,
                load, Runtime.getRuntime().availableProcessors());
        System.out.println("| | 1 thread | 2 threads | 2 vs 1 |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| in process, facts objects (clients/s) | %,.0f | %,.0f | %.2fx |%n",
                inProcess1, inProcess2, inProcess2 / inProcess1);
        System.out.printf(Locale.ROOT, "| `coach batch`, JSON Lines in and out (clients/s) | %,.0f | %,.0f | %.2fx |%n",
                batch1.rate(), batch2.rate(), scaling);
        System.out.printf(Locale.ROOT, "| `coach batch` against in process, same run | %.2f | %.2f | |%n",
                batch1.rate() / inProcess1, batch2.rate() / inProcess2);
        System.out.printf(Locale.ROOT, "| `coach batch` per CPU second of the process (clients) | %,.0f | %,.0f | |%n",
                batch1.perCpuSecond(), batch2.perCpuSecond());
        System.out.printf(Locale.ROOT, "| `coach batch` CPU time per client (µs) | %.1f | %.1f | |%n",
                1e6 / batch1.perCpuSecond(), 1e6 / batch2.perCpuSecond());
        System.out.printf(Locale.ROOT, "| `coach batch` cores busy (CPU s / wall s) | %.2f | %.2f | |%n",
                batch1.cores(), batch2.cores());
        System.out.printf(Locale.ROOT, "| `coach batch` wall time (s) | %.1f | %.1f | |%n", batch1.seconds(), batch2.seconds());
        System.out.printf(Locale.ROOT, "| peak resident memory, %,d clients (MB) | %,d | %,d | |%n", count,
                batch1.peakKb() / 1024, batch2.peakKb() / 1024);
        System.out.printf(Locale.ROOT, "| peak resident memory, %,d clients (MB) | %,d | %,d | |%n", count / 10,
                tenth1.peakKb() / 1024, tenth2.peakKb() / 1024);
        System.out.printf(Locale.ROOT, "| memory for 10x the clients | %.2fx | %.2fx | |%n", flat1, flat2);

        System.out.printf(Locale.ROOT, "%nIn process, one thread, CPU time per client (µs): parse %.1f, evaluate %.1f, "
                        + "write %.1f (evaluation is %.0f%% of the three); advice %,d bytes per client%n",
                parts.parse(), parts.evaluate(), parts.write(),
                100 * parts.evaluate() / (parts.parse() + parts.evaluate() + parts.write()), adviceBytes / (count / 10));

        System.out.println();
        System.out.println("| Goal (issue 18) | Measured | Result |");
        System.out.println("|---|---|---|");
        System.out.printf(Locale.ROOT, "| >= %,.0f clients/s per core end to end | %,.0f on 1 thread, %,.0f per thread on 2 | %s |%n",
                GOAL_PER_CORE, batch1.rate(), batch2.rate() / 2,
                verdict(Math.min(batch1.rate(), batch2.rate() / 2) >= GOAL_PER_CORE));
        System.out.printf(Locale.ROOT, "| the same per CPU second of the whole process | %,.0f on 1 thread, %,.0f on 2 | %s |%n",
                batch1.perCpuSecond(), batch2.perCpuSecond(),
                verdict(Math.min(batch1.perCpuSecond(), batch2.perCpuSecond()) >= GOAL_PER_CORE));
        System.out.printf(Locale.ROOT, "| >= %.1fx from 1 to 2 threads | %.2fx (in process %.2fx) | %s |%n", GOAL_SCALING,
                scaling, inProcess2 / inProcess1, verdict(scaling >= GOAL_SCALING));
        System.out.printf(Locale.ROOT, "| memory flat in input size (10x the clients, <= %.2fx the peak) | %.2fx, %.2fx | %s |%n",
                FLAT, flat1, flat2, verdict(Math.max(flat1, flat2) <= FLAT));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static long generate(Path file, int count) throws IOException {
        ClientGenerator generator = ClientGenerator.population(1);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                out.write(CoachingJson.writeFactsLine(generator.next()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return Files.size(file);
    }

    /** CPU time per client of each part of a batch line, one thread, in process. */
    private record Parts(double parse, double evaluate, double write) {
    }

    private static Parts parts(CoachingEngine engine, List<byte[]> lines) throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int n = Math.min(lines.size(), 20_000);
        OutputStream discard = OutputStream.nullOutputStream();
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < 6; round++) { // the first rounds warm up; the best of each part is kept
            List<ClientFacts> facts = new ArrayList<>(n);
            List<Advice> advice = new ArrayList<>(n);
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                facts.add(CoachingJson.readFacts(new ByteArrayInputStream(lines.get(i))));
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (ClientFacts client : facts) {
                advice.add(engine.evaluate(client));
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            for (Advice one : advice) {
                CoachingJson.writeAdviceLine(one, discard);
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            best[0] = Math.min(best[0], t1 - t0);
            best[1] = Math.min(best[1], t2 - t1);
            best[2] = Math.min(best[2], t3 - t2);
        }
        return new Parts(best[0] / 1e3 / n, best[1] / 1e3 / n, best[2] / 1e3 / n);
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
            System.out.printf(Locale.ROOT, "in process, %d thread(s): %,.0f clients/s (load %s)%n", threads, rate, load());
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
    private record Run(int clients, double seconds, double cpuSeconds, long peakKb) {
        double rate() {
            return clients / seconds;
        }

        /** Clients per CPU second of the whole process: every thread, the collector and the compilers included. */
        double perCpuSecond() {
            return clients / cpuSeconds;
        }

        /** How many cores the process kept busy on average. */
        double cores() {
            return cpuSeconds / seconds;
        }
    }

    private static Run batch(Path coach, Path input, Path output, int threads, int clients) throws Exception {
        List<String> command = List.of(coach.toString(), "batch", "--threads", String.valueOf(threads),
                input.toString(), "-o", output.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("COACH_SKIP_BUILD", "1"); // the benchmark times the jar built before it
        // Every run writes a new file, as the first does. Overwriting the previous run's output (5 GB for a
        // million clients) made the later run pay for it, not the first: opening it truncates the file, which
        // waited 1.9 s for the kernel to drop its pages, and closing it made ext4 write it all out (its
        // safeguard for a file truncated and written again), about 1.5 s more (docs/performance.md, 7.2).
        // Deleted here, before the clock starts: its unwritten pages are dropped, not written out during the run.
        Files.deleteIfExists(output);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        // the script execs java: the same process id
        Path proc = Path.of("/proc", String.valueOf(process.pid()));
        long peakKb = 0;
        double cpuSeconds = 0;
        while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterMark(proc.resolve("status")));
            cpuSeconds = Math.max(cpuSeconds, cpuSeconds(proc.resolve("stat")));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            System.out.printf(Locale.ROOT, "coach batch exited with %d: see its standard error above%n",
                    process.exitValue());
        }
        System.out.printf(Locale.ROOT, "coach batch --threads %d on %s: %.1f s, %,.0f clients/s, %.1f CPU s, "
                + "peak resident %,d MB (load %s)%n", threads, input.getFileName(), seconds, clients / seconds,
                cpuSeconds, peakKb / 1024, load());
        return new Run(clients, seconds, cpuSeconds, peakKb);
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

    /** User and system CPU time of a live process so far, in seconds (clock ticks of 1/100 s); 0 once it has gone. */
    private static double cpuSeconds(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // after the command name: state is field 3 of stat(5), utime 14 and stime 15
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
