package org.coachlogic.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.coachlogic.Advice;
import org.coachlogic.EvaluationFailure;
import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.facts.ClientFacts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coach evaluate FILE}: reads one client's facts and prints the advice. */
@Command(name = "evaluate",
        description = "Evaluates one client's facts (JSON, see docs/contract.md) and prints the advice.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:advice printed (possibly none)", "1:internal error",
                "2:invalid input: file unreadable or facts breaking the contract, each problem listed",
                "3:incomplete advice: rules after the safety stage failed; the safety advice is printed, "
                        + "marked incomplete, and the failure is named on standard error"})
final class EvaluateCommand implements Callable<Integer> {

    private static final String STDIN = "-";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The client facts as JSON; - reads standard input.")
    private String file;

    @Mixin
    private HelpOption help;

    @Option(names = "--json", description = "Print the advice as the JSON output contract instead of text.")
    private boolean json;

    @Mixin
    private EngineOptions engineOptions;

    @Override
    public Integer call() {
        ClientFacts facts = read();
        Advice advice = engineOptions.engine().evaluate(facts);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(CoachingJson.writeAdvice(advice));
        } else {
            out.print(TerminalAdvice.render(advice, engineOptions.locale()));
        }
        out.flush();
        if (!advice.complete()) {
            EvaluationFailure failure = advice.failure().orElseThrow();
            PrintWriter err = spec.commandLine().getErr();
            err.println("coach: incomplete advice, only the safety recommendations are given: " + failure.message()
                    + failure.rule().map(rule -> " (rule " + rule + ")").orElse(""));
            err.flush();
            return CoachCommand.INCOMPLETE_ADVICE;
        }
        return CoachCommand.OK;
    }

    private ClientFacts read() {
        String name = STDIN.equals(file) ? "standard input" : file;
        try {
            if (STDIN.equals(file)) {
                return CoachingJson.readFacts(System.in);
            }
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new InvalidInput("cannot read " + name + ": it is a directory");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return CoachingJson.readFacts(in);
            }
        } catch (InvalidFactsException e) {
            throw new InvalidInput("invalid client facts in " + name + " (" + ExecutionErrors.count(e.violations())
                    + "):", e.violations().stream().map(v -> v.path() + ": " + v.message()).toList());
        } catch (NoSuchFileException e) {
            throw new InvalidInput("cannot read " + name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInput("cannot read " + name + ": permission denied");
        } catch (IOException e) {
            throw new InvalidInput("cannot read " + name + ": " + e.getMessage());
        } catch (InvalidPathException e) {
            throw new InvalidInput("cannot read " + name + ": not a valid path");
        }
    }
}
