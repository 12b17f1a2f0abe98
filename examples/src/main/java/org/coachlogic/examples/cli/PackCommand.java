package org.coachlogic.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coach pack}: works on rule packs; {@code coach pack new NAME} writes a ready pack to start from. */
@Command(name = "pack",
        description = "Rule packs (docs/rule-packs.md, docs/decision-tables.md).",
        subcommands = PackCommand.New.class)
final class PackCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: new");
    }

    /** {@code coach pack new NAME [--table csv|xlsx]}. */
    @Command(name = "new",
            description = "Writes a new pack folder NAME: pack.json, the rules as a decision table (--table csv or "
                    + "xlsx) or as DRL, messages.properties, and fixtures that 'coach test' passes as written: "
                    + "one example rule per common shape to change into your own.")
    static final class New implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NAME",
                description = "The pack's name and folder: lower-case letters, digits, dots and dashes.")
        private String name;

        @Option(names = "--table", paramLabel = "csv|xlsx",
                description = "Write the rules as a decision table in this format instead of DRL.")
        private String table;

        @Option(names = "--directory", paramLabel = "DIR", defaultValue = ".",
                description = "Where to create the pack folder (default: the current folder).")
        private Path directory;

        @Mixin
        private HelpOption help;

        @Override
        public Integer call() throws IOException {
            if (!name.matches("[a-z0-9][a-z0-9.-]*")) {
                throw new InvalidInput("invalid pack name \"" + name
                        + "\": use lower-case letters, digits, dots and dashes, starting with a letter or digit");
            }
            PackTemplate.Format format;
            if (table == null) {
                format = PackTemplate.Format.DRL;
            } else if (table.equals("csv")) {
                format = PackTemplate.Format.CSV;
            } else if (table.equals("xlsx")) {
                format = PackTemplate.Format.XLSX;
            } else {
                throw new InvalidInput("--table must be csv or xlsx, was \"" + table + "\"");
            }
            Path folder = directory.resolve(name);
            if (Files.exists(folder)) {
                throw new InvalidInput(folder + " already exists; choose another name or remove it");
            }
            new PackTemplate(name).write(folder, format);
            PrintWriter out = spec.commandLine().getOut();
            out.println("wrote " + folder + " (" + (table == null ? "DRL" : "decision table, " + table) + "); try:");
            out.println("  coach rules --pack " + folder);
            out.println("  coach test --pack " + folder + " " + folder.resolve("fixtures"));
            out.flush();
            return CoachCommand.OK;
        }
    }
}
