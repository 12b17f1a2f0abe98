package org.coachlogic.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Runs work over the lines of a JSON Lines input on several threads and hands the results on in input order,
 * with no thread of its own for reading or writing. Each worker takes the next chunk of lines from the input
 * (under a lock, so that chunks are numbered in input order), does the work on it (parsing, evaluating,
 * writing each line's output), then hands the chunk's result to a sequencer: the worker that completes chunk
 * <i>k</i> when chunk <i>k</i>-1 has been handed on hands on <i>k</i> itself, and any later chunks already
 * done, in order; a chunk done early waits in the sequencer while its worker goes on. At most a few chunks per
 * thread are taken and not yet handed on (a worker waits before it takes more), so memory stays the same
 * whatever the size of the input.
 *
 * @param <R> what one chunk of lines gives
 */
final class LinePipeline<R> {

    /** A line and its number, from 1: a slice of its chunk's buffer, valid while the work on the chunk runs. */
    record Line(long number, byte[] bytes, int offset, int length) {
    }

    /** Work on one line; runs on a worker thread, so it must be thread-safe. */
    @FunctionalInterface
    interface Work<R> {
        R apply(Line line);
    }

    /** Work on a chunk of consecutive lines; runs on a worker thread, so it must be thread-safe. */
    @FunctionalInterface
    interface ChunkWork<R> {
        R apply(Chunk lines);
    }

    static final int CHUNK = 128;
    /** Chunks taken and not yet handed on, per thread: enough that a worker seldom waits for a slower one. */
    static final int CHUNKS_PER_THREAD = 4;

    /**
     * Consecutive lines, copied once from the input into one buffer of their own, each a slice of it. Each
     * worker reuses its chunk for the next.
     */
    static final class Chunk {
        private static final int INITIAL = CHUNK * 1024;
        /** A buffer grown past this by very long lines goes back to its first size for the next chunk. */
        private static final int KEEP = 4 * 1024 * 1024;

        private byte[] data = new byte[INITIAL];
        private final int[] starts = new int[CHUNK];
        private final int[] lengths = new int[CHUNK];
        private int end;
        private int size;
        private long firstLine;

        /** Empties the chunk; its first line will be number {@code first}. */
        void clear(long first) {
            if (data.length > KEEP) {
                data = new byte[INITIAL];
            }
            end = 0;
            size = 0;
            firstLine = first;
        }

        int size() {
            return size;
        }

        int capacity() {
            return CHUNK;
        }

        /** Where the next line starts in the buffer. */
        int begin() {
            return end;
        }

        int end() {
            return end;
        }

        /** Adds bytes to the line being read. */
        void append(byte[] bytes, int offset, int length) {
            if (length <= 0) {
                return;
            }
            if (end + length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, end + length));
            }
            System.arraycopy(bytes, offset, data, end, length);
            end += length;
        }

        /** Ends the line that started at {@code start}, without a {@code \r} before its line end. */
        void endLine(int start, int maxKept) {
            int length = end - start;
            if (length > 0 && length < maxKept && data[end - 1] == '\r') {
                length--;
            }
            starts[size] = start;
            lengths[size] = length;
            size++;
        }

        /** The number of line {@code i} of the chunk, from 1 in the input. */
        long number(int i) {
            return firstLine + i;
        }

        byte[] bytes() {
            return data;
        }

        int offset(int i) {
            return starts[i];
        }

        int length(int i) {
            return lengths[i];
        }

        Line line(int i) {
            return new Line(number(i), data, starts[i], lengths[i]);
        }
    }

    private final int threads;
    private final ChunkWork<R> work;

    private LinePipeline(int threads, ChunkWork<R> work) {
        this.threads = threads;
        this.work = work;
    }

    /** A pipeline whose work gives one result per chunk of lines. */
    static <R> LinePipeline<R> ofChunks(int threads, ChunkWork<R> work) {
        return new LinePipeline<>(threads, work);
    }

    /** A pipeline whose work gives one result per line; the results of a chunk are handed on together. */
    static <R> LinePipeline<List<R>> ofLines(int threads, Work<R> work) {
        return new LinePipeline<>(threads, lines -> {
            List<R> results = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                results.add(work.apply(lines.line(i)));
            }
            return results;
        });
    }

    /**
     * Reads every line, applies the work and gives each chunk's result to {@code sink} in input order, one
     * chunk at a time, on whichever worker thread completes the sequence (the calling thread is one of the
     * workers). {@code afterChunk} is called after each chunk is handed on, with the number of lines so far.
     * Returns when every line is handed on; the first failure of the input, the work or the sink stops every
     * worker and is thrown here.
     */
    void run(JsonLinesInput input, Consumer<R> sink, LongConsumer afterChunk) throws IOException {
        Run<R> run = new Run<>(input, work, sink, afterChunk, threads * CHUNKS_PER_THREAD);
        // The workers run below the JIT compilers: while the compilers have work (the first 10 to 20 s), a worker
        // on a core they need runs interpreted or early compiled code, several times as costly per line, for
        // longer; on two threads that doubled the CPU of the warm-up (docs/performance.md, 7.2). Once the code is
        // compiled the workers have the cores to themselves and the priority changes nothing. It takes effect
        // where the JVM maps priorities to nice values (the coach script's -XX:ThreadPriorityPolicy=1, Linux);
        // elsewhere it is ignored.
        Thread caller = Thread.currentThread();
        int callerPriority = caller.getPriority();
        caller.setPriority(Thread.MIN_PRIORITY);
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            Thread thread = new Thread(run::work, "coach-batch-" + i);
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            helpers.add(thread);
            thread.start();
        }
        try {
            run.work();
        } finally {
            caller.setPriority(callerPriority);
        }
        for (Thread thread : helpers) {
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    run.fail(e);
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        run.rethrow();
    }

    /** One run: the input's lock, the sequencer and the first failure. */
    private static final class Run<R> {
        private final JsonLinesInput input;
        private final ChunkWork<R> work;
        private final Consumer<R> sink;
        private final LongConsumer afterChunk;
        private final int window;

        // the input, under its own lock
        private final Object reading = new Object();
        private long taken;

        // the sequencer, under this object's lock
        private final Object[] done;
        private final int[] doneLines;
        private long handedOn;
        private long linesHandedOn;
        private boolean handing;
        private Throwable failure;

        Run(JsonLinesInput input, ChunkWork<R> work, Consumer<R> sink, LongConsumer afterChunk, int window) {
            this.input = input;
            this.work = work;
            this.sink = sink;
            this.afterChunk = afterChunk;
            this.window = window;
            this.done = new Object[window];
            this.doneLines = new int[window];
        }

        void work() {
            Chunk chunk = new Chunk();
            try {
                while (true) {
                    long sequence;
                    synchronized (reading) {
                        if (failed() || input.fill(chunk) == 0) {
                            return;
                        }
                        sequence = taken++;
                    }
                    if (!awaitWindow(sequence)) {
                        return;
                    }
                    R result = work.apply(chunk);
                    complete(sequence, result, chunk.size());
                }
            } catch (Throwable e) {
                fail(e);
            }
        }

        /** Waits until chunk {@code sequence} fits in the window after the last chunk handed on; false on failure. */
        private synchronized boolean awaitWindow(long sequence) throws InterruptedException {
            while (failure == null && sequence >= handedOn + window) {
                wait();
            }
            return failure == null;
        }

        /** Hands on this chunk's result and those after it already done, unless another thread is handing on. */
        private void complete(long sequence, R result, int lines) {
            synchronized (this) {
                int slot = (int) (sequence % window);
                done[slot] = result;
                doneLines[slot] = lines;
                if (handing || sequence != handedOn) {
                    return; // handed on by the thread that hands on the chunk before it
                }
                handing = true;
            }
            while (true) {
                R next;
                long linesSoFar;
                synchronized (this) {
                    int slot = (int) (handedOn % window);
                    @SuppressWarnings("unchecked")
                    R ready = (R) done[slot];
                    if (ready == null || failure != null) {
                        handing = false;
                        return;
                    }
                    done[slot] = null;
                    linesHandedOn += doneLines[slot];
                    linesSoFar = linesHandedOn;
                    next = ready;
                }
                // outside the lock: other workers may leave their results meanwhile; only this thread hands on
                sink.accept(next);
                afterChunk.accept(linesSoFar);
                synchronized (this) {
                    handedOn++;
                    notifyAll(); // the window moved
                }
            }
        }

        private synchronized boolean failed() {
            return failure != null;
        }

        synchronized void fail(Throwable e) {
            if (failure == null) {
                failure = e;
            }
            notifyAll();
        }

        synchronized void rethrow() throws IOException {
            if (failure == null) {
                return;
            }
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", failure);
            }
            throw new UncheckedIOException(new IOException(failure));
        }
    }
}
