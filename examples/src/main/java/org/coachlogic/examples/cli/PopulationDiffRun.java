package org.coachlogic.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.Violation;
import org.coachlogic.testkit.AdviceLines;
import org.coachlogic.testkit.PopulationDiff;

import picocli.CommandLine.Model.CommandSpec;

/** {@code coach diff --pack DIR clients.jsonl}: the population diff, streamed over the lines on several threads. */
final class PopulationDiffRun {

    private PopulationDiffRun() {
    }

    /** What one line gave: both advices, or its problems. */
    private record Outcome(long line, Advice baseline, Advice candidate, List<Violation> problems) {
    }

    static int run(CommandSpec spec, String file, CoachingEngine candidate, int threads, boolean json,
                   boolean showProgress) {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1, was " + threads);
        }
        CoachingEngine baseline = CoachingEngine.builder().build();
        PrintWriter err = spec.commandLine().getErr();
        PopulationDiff diff = new PopulationDiff();
        try (JsonLinesInput input = JsonLinesInput.open(file);
             Progress progress = Progress.start("coach diff", input, 0, showProgress)) {
            LinePipeline.<Outcome>ofLines(threads, line -> {
                AdviceLines.Result before = AdviceLines.evaluate(baseline, line.number(), line.bytes(), line.offset(),
                        line.length());
                if (!before.valid()) {
                    return new Outcome(line.number(), null, null, before.problems());
                }
                if (!before.advised()) {
                    throw new IllegalStateException("line " + line.number() + ": " + before.problems().get(0).message());
                }
                return new Outcome(line.number(), before.advice(), candidate.evaluate(before.facts()), List.of());
            }).run(input, outcomes -> outcomes.forEach(outcome -> {
                if (outcome.problems().isEmpty()) {
                    diff.add(outcome.line(), outcome.baseline(), outcome.candidate());
                } else {
                    diff.addInvalid(outcome.line());
                    err.println("coach: line " + outcome.line() + ": invalid client facts ("
                            + ExecutionErrors.count(outcome.problems()) + "):");
                    outcome.problems().forEach(v -> err.println(v.path() + ": " + v.message()));
                }
            }), progress::update);
        } catch (IOException e) {
            throw new InvalidInput("cannot read " + file + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? diff.toJson() : diff.toText());
        out.flush();
        if (diff.invalid() > 0) {
            err.println(String.format(Locale.ROOT, "coach: %,d lines were invalid and left out of the comparison",
                    diff.invalid()));
            return CoachCommand.INVALID_INPUT;
        }
        return CoachCommand.OK;
    }
}
