package org.coachlogic.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.facts.ClientFacts;

/**
 * How cost grows with the rule base: the default rules plus 0, 100, 1,000 or 10,000 generated rules
 * ({@link GeneratedPack}), evaluating the client with the fewest facts and the one with all facts, and
 * building the engine.
 */
public class ScalingBenchmark {

    /** An engine over the default rules plus {@code generatedRules} generated ones, built once per fork. */
    @State(Scope.Benchmark)
    public static class Engine {

        @Param({"0", "100", "1000", "10000"})
        public int generatedRules;

        CoachingEngine engine;
        ClientFacts fewFacts;
        ClientFacts allFacts;
        private Path temp;

        @Setup
        public void build() throws IOException {
            temp = Files.createTempDirectory("coachlogic-bench-");
            CoachingEngine.Builder builder = CoachingEngine.builder();
            if (generatedRules > 0) {
                builder.withPack(GeneratedPack.write(temp, generatedRules));
            }
            engine = builder.build();
            fewFacts = Clients.fewFacts();
            allFacts = Clients.allFacts();
        }

        @TearDown
        public void deletePack() {
            GeneratedPack.delete(temp);
        }
    }

    /** A pack of {@code generatedRules} generated rules on disk, compiled by every build. */
    @State(Scope.Benchmark)
    public static class Pack {

        @Param({"0", "100", "1000", "10000"})
        public int generatedRules;

        Path folder;
        private Path temp;

        @Setup
        public void write() throws IOException {
            temp = Files.createTempDirectory("coachlogic-bench-");
            folder = generatedRules > 0 ? GeneratedPack.write(temp, generatedRules) : null;
        }

        @TearDown
        public void delete() {
            GeneratedPack.delete(temp);
        }
    }

    /**
     * Sampled, so that the median (issue 17's flat-cost target) and the mean (pulled up by collections of
     * per-session garbage or by page faults, if any) can be compared.
     *
     * <p>On a heap of fixed size, touched when the JVM starts (here and in {@link #evaluateAllFacts}). With the
     * JVM's defaults the collector grows the heap, for seconds at a time, into memory the process never
     * touched, and every 4 KB page the evaluations allocate into then costs a page fault (several microseconds
     * of CPU time on this virtual machine): seconds of evaluations at three to eight times the median, which
     * pulled the sampled mean up ({@link PageFaultsPerCall}; docs/performance.md, section 4). A host serving
     * requests runs with its heap warm; this measures the engine as it runs there. ({@code -jvmArgsAppend} on
     * the command line replaces these flags.)
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    public Advice evaluateFewFacts(Engine state) {
        return state.engine.evaluate(state.fewFacts);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    public Advice evaluateAllFacts(Engine state) {
        return state.engine.evaluate(state.allFacts);
    }

    /** One build per measurement, after one to warm up: a build of 10,000 rules takes seconds. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(1)
    public CoachingEngine build(Pack pack) {
        CoachingEngine.Builder builder = CoachingEngine.builder();
        if (pack.folder != null) {
            builder.withPack(pack.folder);
        }
        return builder.build();
    }
}
