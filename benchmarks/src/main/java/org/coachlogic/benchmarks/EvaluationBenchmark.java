package org.coachlogic.benchmarks;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.benchmarks.reference.ReferenceAdvice;
import org.coachlogic.benchmarks.reference.ReferenceCoach;
import org.coachlogic.facts.ClientFacts;

/**
 * Time per evaluation of the typical client ({@link Clients#typical()}) on one thread: the engine with the
 * default rules against the plain-Java reference, in the same run. Sampled, so the result has percentiles;
 * the target is on the median (p0.50). Run with {@code -prof gc} for the bytes allocated per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(1)
public class EvaluationBenchmark {

    private CoachingEngine engine;
    private ClientFacts client;

    @Setup
    public void setUp() {
        engine = CoachingEngine.builder().build();
        client = Clients.typical();
    }

    @Benchmark
    public Advice engine() {
        return engine.evaluate(client);
    }

    @Benchmark
    public ReferenceAdvice reference() {
        return ReferenceCoach.evaluate(client);
    }
}
