package org.coachlogic.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.sun.management.ThreadMXBean;

import org.coachlogic.CoachingEngine;
import org.coachlogic.benchmarks.reference.ReferenceCoach;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.internal.BareStages;

/**
 * CPU time and bytes allocated per evaluation, engine against the plain-Java reference, for a machine too
 * busy for JMH's wall-clock times: the evaluating thread's CPU time does not count the time it waits for a
 * core (though caches shared with other work still slow it). Not a replacement for the JMH benchmarks, which
 * decide the targets on a quiet machine; a way to compare two versions of the engine on a loaded one.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.CpuTimePerCall
 * [typical|few] [generatedRules]}. It warms up, then alternates 40 rounds of engine and reference calls and
 * prints the median and minimum CPU time per call of each, the bytes per call, their ratio and the load.
 * {@code CpuTimePerCall floor} measures the typical client through the engine and through bare sessions of
 * its two rule bases ({@link BareStages}) in the same rounds: the part of the cost that is Drools' own.
 */
public final class CpuTimePerCall {

    private static final int ROUNDS = 40;
    private static final int BATCH = 2_000;
    /** Keeps the results alive so that the JIT cannot drop the calls. */
    static volatile Object sink;

    private CpuTimePerCall() {
    }

    /** One thing measured: a call, and how many calls make a round (enough CPU time to read reliably). */
    record Candidate(String name, int batch, Supplier<Object> call) {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("floor")) {
            floor();
            return;
        }
        ClientFacts client = args.length > 0 && args[0].equals("few") ? Clients.fewFacts() : Clients.typical();
        int generated = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        CoachingEngine engine = GeneratedPack.engine(generated);
        System.out.printf(Locale.ROOT, "%s client, %,d generated rules%n", clientName(client), generated);
        measure(List.of(new Candidate("engine", BATCH, () -> engine.evaluate(client)),
                new Candidate("reference", BATCH * 20, () -> ReferenceCoach.evaluate(client))));
    }

    /**
     * The typical client through the engine, and through the engine's two rule bases in bare pooled sessions
     * (both stages, then each alone: {@link BareStages}), against the reference: what is ours and what is
     * Drools'.
     */
    private static void floor() {
        ClientFacts client = Clients.typical();
        CoachingEngine engine = GeneratedPack.engine(0);
        BareStages bare = BareStages.of(client);
        System.out.printf(Locale.ROOT, "typical client: the engine against bare sessions of its rule bases "
                + "(%d facts in the safety stage, %d in the advice stage)%n", bare.safetyFactCount(),
                bare.adviceFactCount());
        measure(List.of(new Candidate("engine", BATCH, () -> engine.evaluate(client)),
                new Candidate("bare, both stages", BATCH, bare::both),
                new Candidate("bare, safety stage", BATCH * 2, bare::safety),
                new Candidate("bare, advice stage", BATCH, bare::advice),
                new Candidate("reference", BATCH * 20, () -> ReferenceCoach.evaluate(client))));
    }

    /**
     * Warms every candidate up, then runs rounds of each in turn, so that a change in the machine's load
     * touches all of them alike; prints each one's median and minimum CPU time per call and its bytes per
     * call, and its ratio to the last candidate (the baseline).
     */
    private static void measure(List<Candidate> candidates) {
        Rounds rounds = rounds(candidates, ROUNDS);
        double[][] micros = rounds.micros();
        long[] bytes = rounds.bytes();
        int n = candidates.size();
        double baseline = median(micros[n - 1]);
        long baselineBytes = Math.max(1, bytes[n - 1] / ROUNDS);
        for (int c = 0; c < n; c++) {
            double median = median(micros[c]);
            System.out.printf(Locale.ROOT, "%-20s CPU %8.3f us per call (median of %d rounds; min %.3f), %,7d B"
                            + "  = %6.1fx CPU, %5.0fx bytes of the %s%n", candidates.get(c).name() + ":", median,
                    ROUNDS, micros[c][0], bytes[c] / ROUNDS, median / baseline,
                    (double) (bytes[c] / ROUNDS) / baselineBytes, candidates.get(n - 1).name());
        }
        System.out.printf(Locale.ROOT, "load average %s%n", load());
    }

    /** CPU time per call of each candidate in each round (µs), and bytes per call summed over the rounds. */
    record Rounds(double[][] micros, long[] bytes) {
    }

    /**
     * Warms every candidate up, then runs {@code rounds} rounds in which each candidate in turn makes its batch of
     * calls on this thread, read with the thread's CPU time and allocated bytes.
     */
    static Rounds rounds(List<Candidate> candidates, int rounds) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (Candidate candidate : candidates) {
            for (int i = 0; i < candidate.batch() * 75; i++) {
                sink = candidate.call().get();
            }
        }
        int n = candidates.size();
        double[][] micros = new double[n][rounds];
        long[] bytes = new long[n];
        for (int round = 0; round < rounds; round++) {
            for (int c = 0; c < n; c++) {
                Candidate candidate = candidates.get(c);
                Supplier<Object> call = candidate.call();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long bytes0 = threads.getThreadAllocatedBytes(thread);
                for (int i = 0; i < candidate.batch(); i++) {
                    sink = call.get();
                }
                long cpu1 = threads.getCurrentThreadCpuTime();
                long bytes1 = threads.getThreadAllocatedBytes(thread);
                micros[c][round] = (cpu1 - cpu0) / 1000.0 / candidate.batch();
                bytes[c] += (bytes1 - bytes0) / candidate.batch();
            }
        }
        return new Rounds(micros, bytes);
    }

    /** Sorts the values and returns their median. */
    static double median(double[] values) {
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private static String clientName(ClientFacts client) {
        return client.equals(Clients.fewFacts()) ? "few-facts" : "typical";
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
