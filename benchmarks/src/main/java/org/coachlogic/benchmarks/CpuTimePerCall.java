package org.coachlogic.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import com.sun.management.ThreadMXBean;

import org.coachlogic.CoachingEngine;
import org.coachlogic.benchmarks.reference.ReferenceCoach;
import org.coachlogic.facts.ClientFacts;

/**
 * CPU time and bytes allocated per evaluation, engine against the plain-Java reference, for a machine too
 * busy for JMH's wall-clock times: the evaluating thread's CPU time does not count the time it waits for a
 * core (though caches shared with other work still slow it). Not a replacement for the JMH benchmarks, which
 * decide the targets on a quiet machine; a way to compare two versions of the engine on a loaded one.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.CpuTimePerCall
 * [typical|few] [generatedRules]}. It warms up, then alternates 40 rounds of engine and reference calls and
 * prints the median and minimum CPU time per call of each, the bytes per call, their ratio and the load.
 */
public final class CpuTimePerCall {

    private static final int ROUNDS = 40;
    private static final int BATCH = 2_000;
    /** Keeps the results alive so that the JIT cannot drop the calls. */
    static volatile Object sink;

    private CpuTimePerCall() {
    }

    public static void main(String[] args) throws IOException {
        ClientFacts client = args.length > 0 && args[0].equals("few") ? Clients.fewFacts() : Clients.typical();
        int generated = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Path temp = Files.createTempDirectory("coachlogic-cpu-");
        try {
            CoachingEngine.Builder builder = CoachingEngine.builder();
            if (generated > 0) {
                builder.withPack(GeneratedPack.write(temp, generated));
            }
            measure(builder.build(), client, generated);
        } finally {
            GeneratedPack.delete(temp);
        }
    }

    private static void measure(CoachingEngine engine, ClientFacts client, int generated) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < 150_000; i++) {
            sink = engine.evaluate(client);
        }
        for (int i = 0; i < 3_000_000; i++) {
            sink = ReferenceCoach.evaluate(client);
        }
        double[] engineMicros = new double[ROUNDS];
        double[] referenceMicros = new double[ROUNDS];
        long engineBytes = 0;
        long referenceBytes = 0;
        int referenceBatch = BATCH * 20;
        for (int round = 0; round < ROUNDS; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long bytes0 = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < BATCH; i++) {
                sink = engine.evaluate(client);
            }
            long cpu1 = threads.getCurrentThreadCpuTime();
            long bytes1 = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < referenceBatch; i++) {
                sink = ReferenceCoach.evaluate(client);
            }
            long cpu2 = threads.getCurrentThreadCpuTime();
            long bytes2 = threads.getThreadAllocatedBytes(thread);
            engineMicros[round] = (cpu1 - cpu0) / 1000.0 / BATCH;
            referenceMicros[round] = (cpu2 - cpu1) / 1000.0 / referenceBatch;
            engineBytes += (bytes1 - bytes0) / BATCH;
            referenceBytes += (bytes2 - bytes1) / referenceBatch;
        }
        Arrays.sort(engineMicros);
        Arrays.sort(referenceMicros);
        double engineMedian = engineMicros[ROUNDS / 2];
        double referenceMedian = referenceMicros[ROUNDS / 2];
        System.out.printf(Locale.ROOT, "%s client, %,d generated rules%n", client == null ? "?" : clientName(client),
                generated);
        System.out.printf(Locale.ROOT, "engine:    CPU %.2f us per call (median of %d rounds; min %.2f), %,d B%n",
                engineMedian, ROUNDS, engineMicros[0], engineBytes / ROUNDS);
        System.out.printf(Locale.ROOT, "reference: CPU %.3f us per call (median; min %.3f), %,d B%n",
                referenceMedian, referenceMicros[0], referenceBytes / ROUNDS);
        System.out.printf(Locale.ROOT, "engine / reference: %.1fx CPU, %.0fx bytes; load average %s%n",
                engineMedian / referenceMedian, (double) engineBytes / Math.max(1, referenceBytes), load());
    }

    private static String clientName(ClientFacts client) {
        return client.equals(Clients.fewFacts()) ? "few-facts" : "typical";
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
