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
 * Evaluations per second of the typical client by one and by two threads sharing one engine, as a host
 * serving requests would. The reference on two threads shows what the machine itself allows: on a busy or
 * two-core machine even plain Java does not reach 2x.
 *
 * <p>The long warm-up is needed: with two benchmark threads on two cores the JIT compiler gets little time,
 * and the engine's two-thread throughput was still climbing (27k, 52k, 69k, 73k, 76k evaluations/s) in the
 * first measurement iterations after a three-iteration warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ThroughputBenchmark {

    private CoachingEngine engine;
    private ClientFacts client;

    @Setup
    public void setUp() {
        engine = CoachingEngine.builder().build();
        client = Clients.typical();
    }

    @Benchmark
    @Threads(1)
    public Advice engineOneThread() {
        return engine.evaluate(client);
    }

    @Benchmark
    @Threads(2)
    public Advice engineTwoThreads() {
        return engine.evaluate(client);
    }

    @Benchmark
    @Threads(1)
    public ReferenceAdvice referenceOneThread() {
        return ReferenceCoach.evaluate(client);
    }

    @Benchmark
    @Threads(2)
    public ReferenceAdvice referenceTwoThreads() {
        return ReferenceCoach.evaluate(client);
    }
}
