package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.facts.ClientFacts;
import org.junit.jupiter.api.Test;

/** One engine shared by many threads gives exactly what it gives one thread. */
class ConcurrencyTest {

    @Test
    void manyThreadsOnOneEngineAgreeWithOneThread() throws Exception {
        // GIVEN one engine and a set of varied clients, evaluated on one thread
        CoachingEngine engine = CoachingEngine.builder().build();
        RandomClients random = new RandomClients(42);
        List<ClientFacts> clients = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            clients.add(random.next());
        }
        List<Advice> expected = clients.stream().map(engine::evaluate).toList();

        // WHEN eight threads each evaluate all of them, in a different order each
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Advice>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 61;
                Callable<List<Advice>> task = () -> {
                    Advice[] advice = new Advice[clients.size()];
                    for (int round = 0; round < 4; round++) {
                        for (int i = 0; i < clients.size(); i++) {
                            int index = (i + offset) % clients.size();
                            advice[index] = engine.evaluate(clients.get(index));
                        }
                    }
                    return List.of(advice);
                };
                results.add(pool.submit(task));
            }

            // THEN every thread got exactly the single-thread advice
            for (Future<List<Advice>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
