package org.coachlogic.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.coachlogic.CoachingEngine;
import org.coachlogic.testkit.AdviceLines;

/**
 * The CPU time of a batch line (parse, evaluate, write: what a {@code coach batch} worker does per line) on one
 * thread and on two, in one JVM, after the JIT has settled: whether two threads cost more per client once the
 * warm-up is over. Two worker threads are kept for the whole run, so that each keeps its own sessions; a pass
 * runs every line once, in chunks of 128 taken in turn as {@code coach batch} does, on the first worker alone or
 * on both, and the rounds alternate the two, so that a change in the machine's load falls on both. CPU time, not
 * wall time, of the workers only (the collector and the JIT compilers are left out). Not a test: it reports
 * figures, it decides nothing.
 *
 * <p>Usage: {@code java -XX:+UseParallelGC -Xmx256m -cp benchmarks/target/benchmarks.jar
 * org.coachlogic.benchmarks.BatchSteadyState CLIENTS.jsonl LINES WARM_UP_PASSES ROUNDS}, for instance over the
 * first 20,000 lines of {@code coach generate --count 300000 --seed 7}, 15 passes of warm-up and 9 rounds.
 */
public final class BatchSteadyState {

    private static final int CHUNK = 128;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final byte[][] lines;
    private final CoachingEngine engine;
    private final CyclicBarrier start = new CyclicBarrier(3);
    private final CyclicBarrier end = new CyclicBarrier(3);
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final long[] cpuNanos = new long[2];
    /** How many workers take part in the pass; set before the pass starts (the barrier publishes it). */
    private int active;

    private BatchSteadyState(byte[][] lines, CoachingEngine engine) {
        this.lines = lines;
        this.engine = engine;
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        byte[][] lines;
        try (Stream<String> in = Files.lines(Path.of(args[0]))) {
            lines = in.limit(count).map(line -> line.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        }
        int warmUp = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        BatchSteadyState run = new BatchSteadyState(lines, CoachingEngine.builder().build());
        for (int w = 0; w < 2; w++) {
            int worker = w;
            Thread thread = new Thread(() -> run.work(worker), "steady-" + w);
            thread.setDaemon(true);
            thread.start();
        }
        for (int i = 0; i < warmUp; i++) {
            run.pass(2);
        }
        double[] one = new double[rounds];
        double[] two = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            one[r] = run.pass(1);
            two[r] = run.pass(2);
            ratio[r] = two[r] / one[r];
        }
        Arrays.sort(one);
        Arrays.sort(two);
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%,d lines, %d warm-up passes, %d rounds; CPU per line (median, min-max): "
                        + "1 thread %.1f us (%.1f-%.1f), 2 threads %.1f us (%.1f-%.1f); 2 threads / 1 thread per line, "
                        + "round by round: median %.3f (%.3f-%.3f)%n", lines.length, warmUp, rounds,
                one[rounds / 2], one[0], one[rounds - 1], two[rounds / 2], two[0], two[rounds - 1],
                ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
    }

    /** Runs every line once on {@code threads} workers; the workers' CPU microseconds per line. */
    private double pass(int threads) throws InterruptedException, BrokenBarrierException {
        active = threads;
        nextChunk.set(0);
        start.await();
        end.await();
        long nanos = 0;
        for (int w = 0; w < threads; w++) {
            nanos += cpuNanos[w];
        }
        return nanos / 1e3 / lines.length;
    }

    private void work(int worker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK * 8192);
        try {
            while (true) {
                start.await();
                if (worker < active) {
                    long before = CPU.getCurrentThreadCpuTime();
                    int first;
                    while ((first = nextChunk.getAndIncrement() * CHUNK) < lines.length) {
                        for (int i = first; i < Math.min(first + CHUNK, lines.length); i++) {
                            AdviceLines.evaluate(engine, i + 1, lines[i]).writeJson(out);
                        }
                        out.reset();
                    }
                    cpuNanos[worker] = CPU.getCurrentThreadCpuTime() - before;
                }
                end.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
