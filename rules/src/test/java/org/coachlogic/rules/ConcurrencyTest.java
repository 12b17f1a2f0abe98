package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.testkit.ClientGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One engine shared by many threads gives exactly what it gives one thread, and a host that replaces its
 * engine while others evaluate (new packs, new rules) never breaks a call in flight.
 */
class ConcurrencyTest {

    private static final int CLIENTS = 2_000;
    private static final int THREADS = 8;
    private static final int EVALUATIONS = 40_000;

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void fortyThousandEvaluationsOnEightThreadsAgreeWithOneThread() throws Exception {
        // GIVEN one engine, varied clients, and the advice for each evaluated on one thread
        CoachingEngine engine = CoachingEngine.builder().build();
        List<ClientFacts> clients = clients(CLIENTS);
        List<Advice> expected = clients.stream().map(engine::evaluate).toList();

        // WHEN eight threads evaluate 100,000 times in all, each walking the clients from its own start
        // with its own stride, each result compared with the single-thread advice (nothing is kept but a count)
        AtomicLong evaluated = new AtomicLong();
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t * 257;
                int stride = 1 + 2 * t; // so that the threads meet different clients at the same moment
                done.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < EVALUATIONS / THREADS; n++) {
                        int index = (first + n * stride) % CLIENTS;
                        Advice advice = engine.evaluate(clients.get(index));
                        if (!advice.equals(expected.get(index)) && mismatches.size() < 10) {
                            mismatches.add("client " + index + ": " + advice.ids() + " instead of "
                                    + expected.get(index).ids());
                        }
                        evaluated.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : done) {
                result.get(); // rethrows what a thread threw
            }
        } finally {
            pool.shutdownNow();
        }

        // THEN every evaluation gave exactly the single-thread advice
        assertThat(evaluated).hasValue(EVALUATIONS);
        assertThat(mismatches).isEmpty();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void replacingTheEngineWhileOthersEvaluateNeverBreaksACallInFlight() throws Exception {
        // GIVEN the advice of the default rules and of the default rules with a pack, for the same clients
        Path pack = Path.of("src/test/resources/packs/good");
        List<ClientFacts> clients = clients(300);
        CoachingEngine plain = CoachingEngine.builder().build();
        CoachingEngine withPack = CoachingEngine.builder().withPack(pack).build();
        List<Advice> expectedPlain = clients.stream().map(plain::evaluate).toList();
        List<Advice> expectedWithPack = clients.stream().map(withPack::evaluate).toList();
        assertThat(expectedWithPack).as("the pack changes some advice").isNotEqualTo(expectedPlain);

        // AND a host that holds its current engine in an AtomicReference
        Map<CoachingEngine, List<Advice>> expectedOf = new ConcurrentHashMap<>();
        expectedOf.put(plain, expectedPlain);
        AtomicReference<CoachingEngine> current = new AtomicReference<>(plain);

        // WHEN four threads evaluate through it while the host builds a fresh engine six times, with and without
        // the pack in turn, and swaps each one in
        AtomicBoolean swapping = new AtomicBoolean(true);
        AtomicLong evaluated = new AtomicLong();
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        int readers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        List<Integer> enginesSeen = new ArrayList<>();
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < readers; t++) {
                int first = t * 71;
                done.add(pool.submit(() -> {
                    Set<CoachingEngine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                    int n = 0;
                    // go on a little after the last swap, so that the last engine is used too
                    long stopAfter = Long.MAX_VALUE;
                    while (System.nanoTime() < stopAfter) {
                        if (!swapping.get() && stopAfter == Long.MAX_VALUE) {
                            stopAfter = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
                        }
                        int index = (first + n++) % clients.size();
                        CoachingEngine engine = current.get();
                        seen.add(engine);
                        Advice advice = engine.evaluate(clients.get(index));
                        if (!advice.equals(expectedOf.get(engine).get(index)) && mismatches.size() < 10) {
                            mismatches.add("client " + index + ": " + advice.ids());
                        }
                        evaluated.incrementAndGet();
                    }
                    return seen.size();
                }));
            }
            for (int swap = 1; swap <= 6; swap++) {
                boolean packNow = swap % 2 == 1;
                CoachingEngine fresh = packNow ? CoachingEngine.builder().withPack(pack).build()
                        : CoachingEngine.builder().build();
                expectedOf.put(fresh, packNow ? expectedWithPack : expectedPlain);
                current.set(fresh);
                Thread.sleep(50);
            }
            swapping.set(false);
            for (Future<Integer> result : done) {
                enginesSeen.add(result.get()); // rethrows what a reader threw
            }
        } finally {
            pool.shutdownNow();
        }

        // THEN no call failed, each gave the advice of the engine it ran on, and the readers did see the swaps
        assertThat(mismatches).isEmpty();
        assertThat(evaluated.get()).isGreaterThan(1_000);
        assertThat(enginesSeen).allSatisfy(seen -> assertThat(seen).isGreaterThan(1));
    }

    private static List<ClientFacts> clients(int count) {
        ClientGenerator random = ClientGenerator.thresholds(42);
        List<ClientFacts> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clients.add(random.next());
        }
        return clients;
    }
}
