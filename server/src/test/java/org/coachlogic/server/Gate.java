package org.coachlogic.server;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Called by the test pack's rule (src/test/resources/packs/gate): an evaluation that reaches it waits until the
 * test opens the gate, so a test knows a worker is busy without timing anything.
 */
public final class Gate {

    private static volatile CountDownLatch open = new CountDownLatch(0);
    private static final Semaphore ARRIVED = new Semaphore(0);

    private Gate() {
    }

    /** Closes the gate for the evaluations that reach it from now on. */
    static void close() {
        ARRIVED.drainPermits();
        open = new CountDownLatch(1);
    }

    static void open() {
        open.countDown();
    }

    /** Waits until an evaluation is held at the gate. */
    static void awaitArrival() throws InterruptedException {
        if (!ARRIVED.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new AssertionError("no evaluation reached the gate");
        }
    }

    public static void hold() {
        ARRIVED.release();
        try {
            open.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String heldFacts() {
        return "{\"client\":{\"age\":119,\"experience\":\"NOVICE\"},\"stress\":{\"level\":10}}";
    }
}
