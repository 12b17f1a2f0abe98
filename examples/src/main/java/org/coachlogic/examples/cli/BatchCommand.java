package org.coachlogic.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;

import org.coachlogic.CoachingEngine;
import org.coachlogic.EvaluationFailure;
import org.coachlogic.Violation;
import org.coachlogic.testkit.AdviceLines;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coach batch FILE}: advice for every line of a JSON Lines file, in the same order. */
@Command(name = "batch",
        description = {"Evaluates client facts given as JSON Lines (one facts object per line, see docs/contract.md) "
                + "and writes the advice as JSON Lines: one line of output per line of input, in the same order. "
                + "A line that breaks the contract gets an error record in its place "
                + "({\"line\":N,\"error\":\"invalid facts\",\"problems\":[{\"path\":..,\"message\":..}]}) "
                + "and a report on standard error; the other lines are still evaluated. See docs/batch.md.",
                "On a terminal, standard error shows a progress bar with the rate and the time left."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line evaluated", "1:internal error, or the evaluation of a line failed (it has an error record)",
                "2:some lines were invalid (each has an error record in the output), or the input is unreadable",
                "3:some lines have incomplete advice (rules after the safety stage failed; the safety advice is "
                        + "written, marked incomplete)"})
final class BatchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "JSON Lines of client facts; - reads standard input.")
    private String file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the advice to this file instead of standard output.")
    private Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that evaluate; default: the number of cores (${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--total", paramLabel = "N",
            description = "How many lines to expect, for the progress bar's time left when reading standard input.")
    private long total;

    @Option(names = "--no-progress", description = "Never show the progress bar.")
    private boolean noProgress;

    @Mixin
    private HelpOption help;

    @Mixin
    private EngineOptions engineOptions;

    /**
     * A line that needs a word on standard error: its error and problems if it has no advice, or the failure
     * that made its advice incomplete.
     */
    private record Notable(long line, String error, List<Violation> problems, String incomplete) {
    }

    /** What a chunk of lines gave: its output lines, as UTF-8 bytes in input order, and its notable lines. */
    private record Written(OutputBuffer output, List<Notable> notable) {
    }

    /** A growable byte buffer whose bytes are written out without a copy, reused from chunk to chunk. */
    private static final class OutputBuffer extends ByteArrayOutputStream {
        OutputBuffer() {
            super(LinePipeline.CHUNK * 8192);
        }

        @Override
        public void flush() {
            // the generator of each line flushes; the bytes stay here until the chunk is handed on
        }
    }

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        CoachingEngine engine = engineOptions.engine();
        PrintWriter err = spec.commandLine().getErr();
        long[] invalid = {0};
        long[] failed = {0};
        long[] incomplete = {0};
        long[] lines = {0};
        try (JsonLinesInput input = JsonLinesInput.open(file);
             OutputStream out = open(output);
             Progress progress = Progress.start("coach batch", input, total, !noProgress)) {
            // buffers come back here once written out: there are never more than chunks in the window, plus one per thread
            BlockingQueue<OutputBuffer> spare = new ArrayBlockingQueue<>(threads * (LinePipeline.CHUNKS_PER_THREAD + 1));
            LinePipeline.ofChunks(threads, chunk -> write(engine, chunk, spare.poll())).run(input, written -> {
                for (Notable line : written.notable()) {
                    if (AdviceLines.INVALID_FACTS.equals(line.error())) {
                        invalid[0]++;
                        err.println("coach: line " + line.line() + ": invalid client facts ("
                                + ExecutionErrors.count(line.problems()) + "):");
                        line.problems().forEach(v -> err.println(v.path() + ": " + v.message()));
                    } else if (line.incomplete() != null) {
                        incomplete[0]++;
                        err.println("coach: line " + line.line() + ": incomplete advice, only the safety "
                                + "recommendations are given: " + line.incomplete());
                    } else {
                        failed[0]++;
                        err.println("coach: line " + line.line() + ": evaluation failed: "
                                + line.problems().get(0).message());
                    }
                }
                try {
                    written.output().writeTo(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.output().reset();
                spare.offer(written.output());
            }, done -> {
                lines[0] = done;
                progress.update(done);
            });
        }
        if (incomplete[0] > 0) {
            err.println(String.format(Locale.ROOT, "coach: %,d of %,d lines have incomplete advice (marked "
                    + "\"complete\":false, with the safety recommendations)", incomplete[0], lines[0]));
        }
        if (failed[0] > 0) {
            err.println(String.format(Locale.ROOT, "coach: the evaluation of %,d of %,d lines failed; each has an "
                    + "error record in the output in its place", failed[0], lines[0]));
        }
        if (invalid[0] > 0) {
            err.println(String.format(Locale.ROOT, "coach: %,d of %,d lines were invalid; each has an error record "
                    + "in the output in its place", invalid[0], lines[0]));
            err.flush();
            return CoachCommand.INVALID_INPUT;
        }
        if (failed[0] > 0) {
            return CoachCommand.INTERNAL_ERROR;
        }
        return incomplete[0] > 0 ? CoachCommand.INCOMPLETE_ADVICE : CoachCommand.OK;
    }

    /** Evaluates a chunk of lines on a worker thread and writes their output lines to a buffer, spare or new. */
    private static Written write(CoachingEngine engine, LinePipeline.Chunk chunk, OutputBuffer spare) {
        OutputBuffer output = spare != null ? spare : new OutputBuffer();
        List<Notable> notable = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            long number = chunk.number(i);
            AdviceLines.Result result = AdviceLines.evaluate(engine, number, chunk.bytes(), chunk.offset(i),
                    chunk.length(i));
            if (!result.advised()) {
                notable.add(new Notable(number, result.error(), result.problems(), null));
            } else if (result.advice().failure().isPresent()) {
                EvaluationFailure failure = result.advice().failure().get();
                notable.add(new Notable(number, null, List.of(), failure.message()
                        + failure.rule().map(rule -> " (rule " + rule + ")").orElse("")));
            }
            try {
                result.writeJson(output);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array does not fail
            }
        }
        return new Written(output, notable);
    }

    /** The output file, or standard output; left open for the caller to close (standard output is not closed). */
    private static OutputStream open(Path output) {
        OutputStream stream;
        if (output == null) {
            stream = new FileOutputStream(FileDescriptor.out) {
                @Override
                public void close() throws IOException {
                    flush(); // standard output stays open for whatever runs after
                }
            };
        } else {
            try {
                stream = Files.newOutputStream(output);
            } catch (NoSuchFileException e) {
                throw new InvalidInput("cannot write " + output + ": no such folder");
            } catch (AccessDeniedException e) {
                throw new InvalidInput("cannot write " + output + ": permission denied");
            } catch (IOException e) {
                throw new InvalidInput("cannot write " + output + ": " + e.getMessage());
            }
        }
        return stream; // written in chunks of whole lines, each a single write: no buffer needed in between
    }
}
