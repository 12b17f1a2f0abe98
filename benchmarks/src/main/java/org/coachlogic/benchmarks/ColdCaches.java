package org.coachlogic.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;

/**
 * What an evaluation costs when other work has been through the caches since the last one, as in a server, where the
 * network stack, the HTTP layer and (on a machine shared with the load generator) the client run between two
 * requests on the same cores: the service's work per request ({@code readFacts} from the body's bytes +
 * {@code evaluate} + {@code writeAdviceLine}) over the example clients, in alternating blocks, back to back and each
 * after a pass over a buffer of other memory. Only the evaluation's own CPU time on its thread is counted, not the
 * pass. A benchmark for docs/performance.md, section 8, not a test.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.ColdCaches [megabytes between, default 8]</pre>
 */
public final class ColdCaches {

    private static final int ROUNDS = 20;
    private static final int BLOCK = 600;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Keeps the results alive so that the JIT cannot drop the work. */
    static volatile long sink;

    private ColdCaches() {
    }

    public static void main(String[] args) throws IOException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        byte[] other = new byte[megabytes << 20];
        List<byte[]> bodies = Clients.exampleBodies(Path.of("examples/clients"));
        CoachingEngine engine = CoachingEngine.builder().build();
        for (int i = 0; i < 40; i++) {
            block(engine, bodies, null);
            block(engine, bodies, other);
        }
        double[] warm = new double[ROUNDS];
        double[] cold = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            warm[round] = block(engine, bodies, null);
            cold[round] = block(engine, bodies, other);
        }
        double[] ratios = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            ratios[round] = cold[round] / warm[round];
        }
        System.out.printf(Locale.ROOT, "%d rounds of %d evaluations each way (the example clients in turn), CPU time"
                        + " per evaluation on its thread; load average %.1f%n", ROUNDS, BLOCK,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "back to back: %s%n", spread(warm));
        System.out.printf(Locale.ROOT, "each after %d MB of other memory: %s%n", megabytes, spread(cold));
        System.out.printf(Locale.ROOT, "after / back to back, per round: %s%n", spread(ratios));
    }

    /** Microseconds of CPU per evaluation over a block, each evaluation after a pass over {@code other} if given. */
    private static double block(CoachingEngine engine, List<byte[]> bodies, byte[] other) throws IOException {
        long cpu = 0;
        ByteArrayOutputStream advice = new ByteArrayOutputStream(8192);
        for (int i = 0; i < BLOCK; i++) {
            if (other != null) {
                for (int j = 0; j < other.length; j += 64) {
                    other[j]++;
                }
                sink += other[i];
            }
            long before = THREADS.getCurrentThreadCpuTime();
            advice.reset();
            CoachingJson.writeAdviceLine(engine.evaluate(CoachingJson.readFacts(new ByteArrayInputStream(
                    bodies.get(i % bodies.size())))), advice);
            cpu += THREADS.getCurrentThreadCpuTime() - before;
            sink += advice.size();
        }
        return cpu / 1e3 / BLOCK;
    }

    /** The median and the range; sorts the values. */
    private static String spread(double[] values) {
        double median = CpuTimePerCall.median(values);
        return String.format(Locale.ROOT, "median %.2f (%.2f to %.2f)", median, values[0],
                values[values.length - 1]);
    }
}
