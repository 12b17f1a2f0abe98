package org.coachlogic.examples.cli;

import java.io.PrintWriter;
import java.util.List;

import org.coachlogic.InvalidFactsException;
import org.coachlogic.RuleBaseException;
import org.coachlogic.RuleCompilationException;
import org.coachlogic.Violation;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what a command throws to an exit code and a message on standard error. Invalid input (exit 2) is
 * the user's to fix, so it gets every problem and never a stack trace; anything else is an internal error
 * (exit 1) and gets one line, with the stack trace only under {@code --verbose}.
 */
final class ExecutionErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof InvalidInput invalid) {
            err.println("coach: " + invalid.header());
            invalid.problems().forEach(err::println);
            return CoachCommand.INVALID_INPUT;
        }
        if (ex instanceof RuleCompilationException broken) {
            err.println("coach: the rule pack cannot be used (" + broken.ruleProblems().size()
                    + (broken.ruleProblems().size() == 1 ? " problem" : " problems") + "):");
            broken.ruleProblems().forEach(err::println);
            return CoachCommand.INVALID_INPUT;
        }
        if (ex instanceof InvalidFactsException invalid) {
            err.println("coach: the client facts break the input contract (" + count(invalid.violations()) + "):");
            invalid.violations().forEach(v -> err.println(v.path() + ": " + v.message()));
            return CoachCommand.INVALID_INPUT;
        }
        boolean verbose = CoachCommand.verbose(commandLine);
        err.println(internalError(ex, verbose));
        if (verbose) {
            ex.printStackTrace(err);
        }
        return CoachCommand.INTERNAL_ERROR;
    }

    static String count(List<Violation> violations) {
        return violations.size() + (violations.size() == 1 ? " problem" : " problems");
    }

    /** One line: what went wrong, and how to see more. */
    static String internalError(Throwable ex, boolean verbose) {
        String what;
        if (ex instanceof RuleBaseException ruleBase && !ruleBase.problems().isEmpty()) {
            List<String> problems = ruleBase.problems();
            what = "the rule base cannot be used: " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
        } else {
            String message = ex.getMessage() == null ? "" : ex.getMessage().strip().lines().findFirst().orElse("");
            what = ex.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        }
        return "coach: internal error: " + what + (verbose ? "" : " (run with --verbose for details)");
    }
}
