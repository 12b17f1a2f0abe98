package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.facts.ClientFacts;
import org.junit.jupiter.api.Test;

/**
 * The bounds count rule firings, so a busy machine cannot change a result: many more evaluating threads than
 * cores, next to threads that only burn CPU, all give the red-flag client exactly the advice one quiet thread
 * gives, with no failure at all.
 */
class LoadedMachineTest {

    @Test
    void redFlagAdviceIsTheSameOnAnOverloadedMachine() throws Exception {
        // GIVEN the red-flag example client, an engine with a pack, and its advice on one quiet thread
        ClientFacts redFlags = CoachingJson.readFacts(Files.readString(Path.of("../examples/clients/red-flags.json")));
        CoachingEngine engine = CoachingEngine.builder().withPack(Path.of("../examples/vendor-pack")).build();
        Advice expected = engine.evaluate(redFlags);
        assertThat(expected.complete()).isTrue();

        // WHEN busy threads spin on every core while eight times as many threads as cores evaluate it
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicBoolean busy = new AtomicBoolean(true);
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            Thread spinner = new Thread(() -> {
                long x = 0;
                while (busy.get()) {
                    x += System.nanoTime() % 7;
                }
                assertThat(x).isNotNegative();
            });
            spinner.setDaemon(true);
            spinner.start();
            spinners.add(spinner);
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> evaluators = new ArrayList<>();
        for (int t = 0; t < 8 * cores; t++) {
            Thread evaluator = new Thread(() -> {
                try {
                    start.await();
                    for (int n = 0; n < 60; n++) {
                        Advice advice = engine.evaluate(redFlags);
                        if (!advice.equals(expected)) {
                            failures.add(advice.complete() ? "different advice" : advice.failure().orElseThrow().message());
                        }
                    }
                } catch (Exception | AssertionError e) {
                    failures.add(e.toString());
                }
            });
            evaluator.start();
            evaluators.add(evaluator);
        }
        start.countDown();
        for (Thread evaluator : evaluators) {
            evaluator.join();
        }
        busy.set(false);
        for (Thread spinner : spinners) {
            spinner.join();
        }

        // THEN not one evaluation failed or differed
        assertThat(failures).isEmpty();
    }
}
