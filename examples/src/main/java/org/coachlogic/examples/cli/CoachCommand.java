package org.coachlogic.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.coachlogic.CoachingEngine;
import org.coachlogic.RuleSetInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code coach} command line: evaluates client facts, lists the rules, runs rule fixtures and shows what
 * a rule pack changes, using only the public API.
 *
 * <p>Exit codes: 0 success, 1 internal error, 2 invalid input or a usage error.
 */
@Command(name = "coach",
        mixinStandardHelpOptions = true,
        versionProvider = CoachCommand.RuleSetVersion.class,
        description = "Turns facts about a person's back pain, sleep, stress, activity, mindset and training "
                + "into ordered, explained, sourced coaching recommendations.",
        subcommands = {EvaluateCommand.class, RulesCommand.class, TestCommand.class, DiffCommand.class,
                BatchCommand.class, GenerateCommand.class, PackCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error, or failing fixtures (test)",
                "2:invalid input, invalid fixture file, broken rule pack or usage error",
                "3:incomplete advice (evaluate): only the safety advice, printed, because other rules failed"},
        footer = "%nCoaching guidance, not a diagnosis. The input format is described in docs/contract.md.")
public final class CoachCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int INVALID_INPUT = 2;
    /** The rules after the safety stage failed: the safety advice is printed, marked incomplete. */
    static final int INCOMPLETE_ADVICE = 3;

    @Spec
    private CommandSpec spec;

    /** Inherited: set on whichever command it is given to, it sets this field. */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On an internal error, print the stack trace as well.")
    private boolean verbose;

    /** Whether {@code --verbose} was given, to this command or to any subcommand. */
    static boolean verbose(CommandLine commandLine) {
        return ((CoachCommand) commandLine.getCommandSpec().root().userObject()).verbose;
    }

    public static void main(String[] args) {
        DefaultEngine.startFor(args);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; the output goes to standard out and error as UTF-8. */
    static int run(String... args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        CoachCommand coach = new CoachCommand();
        CommandLine commandLine = new CommandLine(coach)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new ExecutionErrors());
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (RuntimeException | VirtualMachineError e) {
            // Failures outside a command's own execution, such as the version provider's, and running out of
            // stack or memory anywhere (picocli hands only exceptions to the execution handler)
            err.println(ExecutionErrors.internalError(e, coach.verbose));
            if (coach.verbose) {
                e.printStackTrace(err);
            }
            exitCode = INTERNAL_ERROR;
        }
        return OutputErrors.checked(out, err, exitCode);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing a command: evaluate, rules, test, diff, batch, generate or pack");
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }

    /** {@code coach --version} names the rule set, as the engine reports it. */
    static final class RuleSetVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            RuleSetInfo ruleSet = CoachingEngine.builder().build().ruleSet();
            return new String[] {"coach (coachlogic) rule set " + ruleSet.name() + " " + ruleSet.version()};
        }
    }
}
