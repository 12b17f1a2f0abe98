package org.coachlogic.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.sun.management.ThreadMXBean;

import org.coachlogic.CoachingEngine;
import org.coachlogic.facts.ClientFacts;

/**
 * The few-facts client, evaluated for a while in batches, with each batch's CPU time per call and the process's
 * minor page faults per call: what makes the sampled {@code ScalingBenchmark.evaluateFewFacts} mean run
 * above its median. While the collector grows the heap into memory the process never touched, every 4 KB page
 * the evaluations allocate into costs a page fault, which this virtual machine charges at several microseconds
 * of CPU time; batches with faults then cost several times the others. A heap of fixed size touched at start
 * ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}) takes the faults out of the evaluations.
 *
 * <p>Usage: {@code java [JVM flags] -cp benchmarks/target/benchmarks.jar
 * org.coachlogic.benchmarks.PageFaultsPerCall [generatedRules] [seconds]}. Prints the batches with and without
 * page faults: how many, their median CPU time per call, and the faults and bytes per call; and the load.
 */
public final class PageFaultsPerCall {

    private static final int BATCH = 2_000;
    /** Keeps the results alive so that the JIT cannot drop the calls. */
    static volatile Object sink;

    private PageFaultsPerCall() {
    }

    /** One batch: CPU time per call (us), page faults per call, bytes per call. */
    private record Batch(double cpuMicros, double faults, double bytes) {
    }

    public static void main(String[] args) throws IOException {
        int generated = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        CoachingEngine engine = GeneratedPack.engine(generated);
        ClientFacts client = Clients.fewFacts();
        for (int i = 0; i < BATCH * 50; i++) {
            sink = engine.evaluate(client);
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        List<Batch> batches = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long faults0 = minorFaults();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long bytes0 = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < BATCH; i++) {
                sink = engine.evaluate(client);
            }
            long cpu1 = threads.getCurrentThreadCpuTime();
            long bytes1 = threads.getThreadAllocatedBytes(thread);
            batches.add(new Batch((cpu1 - cpu0) / 1000.0 / BATCH, (double) (minorFaults() - faults0) / BATCH,
                    (double) (bytes1 - bytes0) / BATCH));
        }
        System.out.printf(Locale.ROOT, "few-facts client, %,d generated rules, %d s in batches of %,d calls%n",
                generated, seconds, BATCH);
        // A batch "with faults" had at least one fault per ten calls; a stray fault (a new thread stack, a
        // class loaded) is not what slows a batch.
        report("batches without page faults", batches.stream().filter(b -> b.faults() < 0.1).toList());
        report("batches with page faults", batches.stream().filter(b -> b.faults() >= 0.1).toList());
        double all = batches.stream().mapToDouble(Batch::cpuMicros).average().orElse(0);
        double median = median(batches.stream().mapToDouble(Batch::cpuMicros).toArray());
        System.out.printf(Locale.ROOT, "all %d batches: mean CPU per call %.2f us against the median %.2f us "
                + "(%.2fx)%n", batches.size(), all, median, all / median);
        System.out.printf(Locale.ROOT, "load average %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void report(String name, List<Batch> batches) {
        if (batches.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-28s none%n", name + ":");
            return;
        }
        System.out.printf(Locale.ROOT, "%-28s %4d, CPU per call %7.2f us (median), %5.2f page faults and %,.0f B "
                        + "per call%n", name + ":", batches.size(),
                median(batches.stream().mapToDouble(Batch::cpuMicros).toArray()),
                batches.stream().mapToDouble(Batch::faults).average().orElse(0),
                batches.stream().mapToDouble(Batch::bytes).average().orElse(0));
    }

    /** The process's minor page faults so far (field 10 of /proc/self/stat). */
    private static long minorFaults() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[7]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
