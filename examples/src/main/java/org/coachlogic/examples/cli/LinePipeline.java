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
import java.util.function.LongConsumer;

/**
 * Runs work over the lines of a JSON Lines input on several threads and hands the results on in input order.
 * The calling thread only cuts the input into lines and hands results on; the work (parsing, evaluating,
 * writing each line's output) runs on a fixed pool, a chunk of lines at a time. At most a few chunks per
 * thread are in flight, so memory stays the same whatever the size of the input: the reader waits when the
 * consumer of the results falls behind.
 *
 * @param <R> what one chunk of lines gives
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

    /** Work on a chunk of consecutive lines; runs on a pool thread, so it must be thread-safe. */
    @FunctionalInterface
    interface ChunkWork<R> {
        R apply(List<Line> lines);
    }

    static final int CHUNK = 128;
    /** Chunks in flight per thread: enough that no thread waits for the next while the oldest is handed on. */
    static final int CHUNKS_PER_THREAD = 4;

    /** A chunk on its way: its result to come, and how many lines it holds. */
    private record InFlight<R>(CompletableFuture<R> result, int lines) {
    }

    private final int threads;
    private final ChunkWork<R> work;
    private long handedOn;

    private LinePipeline(int threads, ChunkWork<R> work) {
        this.threads = threads;
        this.work = work;
    }

    /** A pipeline whose work gives one result per chunk of lines. */
    static <R> LinePipeline<R> ofChunks(int threads, ChunkWork<R> work) {
        return new LinePipeline<>(threads, work);
    }

    /** A pipeline whose work gives one result per line; the results of a chunk are handed on one by one. */
    static <R> LinePipeline<List<R>> ofLines(int threads, Work<R> work) {
        return new LinePipeline<>(threads, lines -> {
            List<R> results = new ArrayList<>(lines.size());
            for (Line line : lines) {
                results.add(work.apply(line));
            }
            return results;
        });
    }

    /**
     * Reads every line, applies the work and gives each chunk's result to {@code sink} in input order, on the
     * calling thread. {@code afterChunk} is called after each chunk is handed on, with the number of lines so far.
     */
    void run(JsonLinesInput input, Consumer<R> sink, LongConsumer afterChunk) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "coach-batch");
            thread.setDaemon(true);
            return thread;
        });
        BlockingQueue<InFlight<R>> inFlight = new ArrayBlockingQueue<>(threads * CHUNKS_PER_THREAD);
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
                handOnOldest(inFlight, sink, afterChunk);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void submit(ExecutorService pool, List<Line> chunk, BlockingQueue<InFlight<R>> inFlight,
                        Consumer<R> sink, LongConsumer afterChunk) {
        if (inFlight.remainingCapacity() == 0) {
            handOnOldest(inFlight, sink, afterChunk);
        }
        inFlight.add(new InFlight<>(CompletableFuture.supplyAsync(() -> work.apply(chunk), pool), chunk.size()));
    }

    private void handOnOldest(BlockingQueue<InFlight<R>> inFlight, Consumer<R> sink, LongConsumer afterChunk) {
        InFlight<R> oldest = inFlight.remove();
        R result;
        try {
            result = oldest.result().get();
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
        sink.accept(result);
        handedOn += oldest.lines();
        afterChunk.accept(handedOn);
    }
}
