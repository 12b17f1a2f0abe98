package org.coachlogic.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs a function over the lines of a JSON Lines input on several threads and hands the results on in input
 * order. Lines go in chunks to a fixed pool; at most a few chunks per thread are in flight, so memory stays the
 * same whatever the size of the input, and the reader waits when the writer falls behind.
 *
 * @param <R> what one line gives
 */
final class LinePipeline<R> {

    /** A line and its number, from 1. */
    record Line(long number, byte[] utf8) {
    }

    /** Work on one line; runs on a pool thread, so it must be thread-safe. */
    @FunctionalInterface
    interface Work<R> {
        R apply(Line line);
    }

    private static final int CHUNK = 256;
    private static final int CHUNKS_PER_THREAD = 4;

    private final int threads;
    private long handedOn;
    private final Work<R> work;

    LinePipeline(int threads, Work<R> work) {
        this.threads = threads;
        this.work = work;
    }

    /**
     * Reads every line, applies the work and gives each result to {@code sink} in input order, on the calling
     * thread. {@code afterChunk} is called after each chunk is handed on, with the number of lines so far.
     */
    void run(JsonLinesInput input, Consumer<R> sink, Consumer<Long> afterChunk) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "coach-batch");
            thread.setDaemon(true);
            return thread;
        });
        BlockingQueue<CompletableFuture<List<R>>> inFlight = new ArrayBlockingQueue<>(threads * CHUNKS_PER_THREAD);
        long lines = 0;
        try {
            List<Line> chunk = new ArrayList<>(CHUNK);
            byte[] utf8;
            while ((utf8 = input.next()) != null) {
                chunk.add(new Line(++lines, utf8));
                if (chunk.size() == CHUNK) {
                    submit(pool, chunk, inFlight, sink, afterChunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if (!chunk.isEmpty()) {
                submit(pool, chunk, inFlight, sink, afterChunk);
            }
            while (!inFlight.isEmpty()) {
                drainOne(inFlight, sink, afterChunk);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void submit(ExecutorService pool, List<Line> chunk, BlockingQueue<CompletableFuture<List<R>>> inFlight,
                        Consumer<R> sink, Consumer<Long> afterChunk) {
        if (inFlight.remainingCapacity() == 0) {
            drainOne(inFlight, sink, afterChunk);
        }
        inFlight.add(CompletableFuture.supplyAsync(() -> {
            List<R> results = new ArrayList<>(chunk.size());
            for (Line line : chunk) {
                results.add(work.apply(line));
            }
            return results;
        }, pool));
    }

    private void drainOne(BlockingQueue<CompletableFuture<List<R>>> inFlight, Consumer<R> sink,
                          Consumer<Long> afterChunk) {
        List<R> results;
        try {
            results = inFlight.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
        results.forEach(sink);
        handedOn += results.size();
        afterChunk.accept(handedOn);
    }
}
