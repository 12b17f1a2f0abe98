package org.coachlogic.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.coachlogic.CoachingEngine;
import org.coachlogic.testkit.BehaviourDiff;
import org.coachlogic.testkit.FixtureFileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coach diff --pack DIR INPUTS...}: what the packs change, per input; or, for one JSON Lines file, over the
 * whole population, per rule.
 */
@Command(name = "diff",
        description = {"Evaluates every client file and fixture below INPUTS with the default rules and with the "
                + "default rules plus the packs, and lists each recommendation that appears (+), disappears (-) "
                + "or changes priority (~), per input, then a summary.",
                "Given one JSON Lines file (.jsonl, or - for standard input) it summarises the population instead: "
                + "per rule, how many clients gain it, lose it, see it withheld or see its priority change, with the "
                + "first line numbers of each as examples (--json for machines). See docs/batch.md."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUTS", description = "Folders or files of client facts or fixtures.")
    private List<Path> roots = new ArrayList<>();

    @Option(names = "--pack", paramLabel = "DIR", required = true,
            description = "The rule pack to compare against the default rules (a folder with pack.json and .drl "
                    + "files); repeat for several, applied in order.")
    private List<Path> packs = new ArrayList<>();

    @Mixin
    private LocaleOption locale;

    @Mixin
    private HelpOption help;

    @Option(names = "--json",
            description = "For a JSON Lines population: print the summary as JSON.")
    private boolean json;

    @Option(names = "--threads", paramLabel = "N",
            description = "For a JSON Lines population: threads that evaluate; default: the number of cores.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "Never show the progress bar.")
    private boolean noProgress;

    @Override
    public Integer call() {
        if (roots.size() == 1 && (roots.get(0).toString().equals(JsonLinesInput.STDIN)
                || roots.get(0).toString().endsWith(".jsonl"))) {
            return PopulationDiffRun.run(spec, roots.get(0).toString(), EngineOptions.engine(packs, locale.locale()),
                    threads, json, !noProgress);
        }
        if (json) {
            throw new ParameterException(spec.commandLine(), "--json is for one JSON Lines file (.jsonl or -)");
        }
        List<BehaviourDiff.Input> inputs;
        try {
            inputs = BehaviourDiff.inputs(roots.toArray(Path[]::new));
        } catch (FixtureFileException e) {
            throw new InvalidInput("cannot use " + e.file() + ":", e.problems());
        }
        CoachingEngine baseline = EngineOptions.engine(List.of(), locale.locale());
        CoachingEngine candidate = EngineOptions.engine(packs, locale.locale());
        BehaviourDiff diff = BehaviourDiff.compare(baseline, candidate, inputs);
        PrintWriter out = spec.commandLine().getOut();
        out.print(diff.toText());
        out.flush();
        return CoachCommand.OK;
    }
}
