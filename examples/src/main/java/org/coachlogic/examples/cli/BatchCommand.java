package org.coachlogic.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.coachlogic.CoachingEngine;
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
     * What one line gave: its output line, its error and problems if it has no advice, and the failure that
     * made its advice incomplete, if it did.
     */
    private record Outcome(long line, String json, String error, List<Violation> problems, String incomplete) {
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
             Writer out = open(output);
             Progress progress = Progress.start("coach batch", input, total, !noProgress)) {
            LinePipeline<Outcome> pipeline = new LinePipeline<>(threads, line -> {
                AdviceLines.Result result = AdviceLines.evaluate(engine, line.number(), line.utf8());
                String failure = result.advised() ? result.advice().failure()
                        .map(f -> f.message() + f.rule().map(rule -> " (rule " + rule + ")").orElse(""))
                        .orElse(null) : null;
                return new Outcome(line.number(), result.json(), result.error(), result.problems(), failure);
            });
            pipeline.run(input, outcome -> {
                lines[0]++;
                if (AdviceLines.INVALID_FACTS.equals(outcome.error())) {
                    invalid[0]++;
                    err.println("coach: line " + outcome.line() + ": invalid client facts ("
                            + ExecutionErrors.count(outcome.problems()) + "):");
                    outcome.problems().forEach(v -> err.println(v.path() + ": " + v.message()));
                } else if (outcome.incomplete() != null) {
                    incomplete[0]++;
                    err.println("coach: line " + outcome.line() + ": incomplete advice, only the safety "
                            + "recommendations are given: " + outcome.incomplete());
                } else if (outcome.error() != null) {
                    failed[0]++;
                    err.println("coach: line " + outcome.line() + ": evaluation failed: "
                            + outcome.problems().get(0).message());
                }
                write(out, outcome.json());
            }, progress::update);
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

    private static void write(Writer out, String line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output file, or standard output; left open for the caller to close (standard output is not closed). */
    private static Writer open(Path output) {
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
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }
}
