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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.coachlogic.CoachingEngine;

/**
 * Building an engine: with the default rules only, and with a pack of 10 generated rules ({@link GeneratedPack},
 * written to a temporary folder before the run, read and compiled by every build).
 *
 * <p>Warm: many builds in one JVM, after warm-up, the cost a host pays when it rebuilds an engine (say, to
 * reload a pack) while running. Cold: the first build in a fresh JVM, one per fork, with all class loading
 * and initialisation; a CLI or serverless host pays it on every start. The pack target is the
 * difference between the two warm builds.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBuildBenchmark {

    private Path temp;
    private Path pack;

    @Setup
    public void writePack() throws IOException {
        temp = Files.createTempDirectory("coachlogic-bench-");
        pack = GeneratedPack.write(temp, 10);
    }

    @TearDown
    public void deletePack() {
        GeneratedPack.delete(temp);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 4, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(2)
    public CoachingEngine warmDefault() {
        return CoachingEngine.builder().build();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 4, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(2)
    public CoachingEngine warmWithTenRulePack() {
        return CoachingEngine.builder().withPack(pack).build();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public CoachingEngine coldDefault() {
        return CoachingEngine.builder().build();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public CoachingEngine coldWithTenRulePack() {
        return CoachingEngine.builder().withPack(pack).build();
    }
}
