package org.coachlogic.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.coachlogic.CoachingEngine;
import org.coachlogic.testkit.Coverage;
import org.coachlogic.testkit.Fixture;
import org.coachlogic.testkit.FixtureFileException;
import org.coachlogic.testkit.FixtureResult;
import org.coachlogic.testkit.FixtureRun;
import org.coachlogic.testkit.FixtureRunner;
import org.coachlogic.testkit.Fixtures;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coach test DIR...}: runs rule fixtures, prints failures, coverage and {@code N passed, M failed}. */
@Command(name = "test",
        description = "Runs every JSON fixture below the folders (format: docs/testing.md), prints each failure "
                + "with expected versus actual, the rule coverage table and a last line 'N passed, M failed'.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every fixture passed", "1:a fixture failed, or an internal error",
                "2:a fixture file or rule pack is invalid (named, with every problem)"})
final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders (or files) of fixtures.")
    private List<Path> roots = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the coverage report: Markdown, or JSON when FILE ends in .json.")
    private Path report;

    @Mixin
    private HelpOption help;

    @Mixin
    private EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException {
        List<Fixture> fixtures;
        try {
            fixtures = Fixtures.load(roots.toArray(Path[]::new));
        } catch (FixtureFileException e) {
            throw new InvalidInput("invalid fixture file " + e.file() + ":", e.problems());
        }
        CoachingEngine engine = engineOptions.engine();
        FixtureRun run = new FixtureRunner(engine).run(fixtures);
        PrintWriter out = spec.commandLine().getOut();
        for (FixtureResult failure : run.failures()) {
            out.println(failure.report());
        }
        Coverage coverage = run.coverage();
        out.print(coverage.toText());
        if (report != null) {
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(report, report.toString().endsWith(".json") ? coverage.toJson() : coverage.toMarkdown());
            out.println("coverage report written to " + report);
        }
        out.println();
        out.println(run.summary());
        out.flush();
        return run.failures().isEmpty() ? CoachCommand.OK : CoachCommand.INTERNAL_ERROR;
    }
}
