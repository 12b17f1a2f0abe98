package org.coachlogic.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

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
        // First, so that the engine builds beside everything else: this class's own initialisation is trivial
        // (the subcommands are made on demand), so the background thread starts right after the JVM's.
        DefaultEngine.startFor(args);
        // picocli's default factory otherwise looks for Groovy's Closure class on start, a lookup that misses in
        // every one of the jars on the class path (picocli's documented switch; no command here uses Groovy).
        System.setProperty("picocli.disable.closures", "true");
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; the output goes to standard out and error as UTF-8. */
    static int run(String... args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        CoachCommand coach = new CoachCommand();
        CommandLine commandLine = new CommandLine(coach);
        // Before the settings below: picocli gives them only to the subcommands already there.
        addSubcommands(commandLine, args);
        commandLine.setOut(out)
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

    /**
     * The subcommands, in the order of {@code coach --help}. Made by name: picocli reads a command's
     * annotations into its model when the command is added, which for all of them took about a quarter of the
     * main thread's start-up (docs/performance.md, "Start-up"). Lambdas, not constructor references, and in a
     * class of their own: a constructor reference loads its class when the map is made, and picocli's
     * {@code HelpCommand}, compiled for Java 5, is left out of the class-data archive and read from its jar.
     */
    private static final class Subcommands {

        static final Map<String, Supplier<Object>> BY_NAME = subcommands();

        private Subcommands() {
        }

        private static Map<String, Supplier<Object>> subcommands() {
            Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
            subcommands.put("evaluate", () -> new EvaluateCommand());
            subcommands.put("rules", () -> new RulesCommand());
            subcommands.put("test", () -> new TestCommand());
            subcommands.put("diff", () -> new DiffCommand());
            subcommands.put("batch", () -> new BatchCommand());
            subcommands.put("generate", () -> new GenerateCommand());
            subcommands.put("pack", () -> new PackCommand());
            subcommands.put("help", () -> new CommandLine.HelpCommand());
            return Collections.unmodifiableMap(subcommands);
        }
    }

    /**
     * Adds the one subcommand {@code args} start with, or every subcommand when they start with none of them
     * (the command's own help and errors list them all) or with {@code help} (which describes any of them).
     * Nothing the command line prints depends on which were added: a subcommand's parsing, help and errors
     * involve only itself and the root.
     */
    static void addSubcommands(CommandLine commandLine, String... args) {
        String first = args.length == 0 ? "" : args[0];
        Supplier<Object> only = "help".equals(first) ? null : Subcommands.BY_NAME.get(first);
        if (only != null) {
            commandLine.addSubcommand(first, only.get());
        } else {
            Subcommands.BY_NAME.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
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
