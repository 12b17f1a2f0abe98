package org.coachlogic.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.coachlogic.CoachingEngine;

/**
 * The default engine (no packs, the default language), built on a background thread from the moment the
 * process starts, for the short commands that most likely need it ({@code evaluate}, {@code rules}). Building
 * the engine costs about as much as everything else such a command does before it evaluates (picocli's model
 * of the command line, Jackson's set-up, reading the facts), so on a machine with a second core the two run
 * side by side instead of one after the other (docs/performance.md, "Start-up").
 *
 * <p>Only a guess, never a decision: the command line is parsed as always, and a command takes this engine
 * only if it asks for exactly these settings. When it asks for others (a pack, another language), or when the
 * background build failed, the command builds its engine itself, as it would without this class, so that a
 * failure is reported the same way, with the same message and exit code.
 */
final class DefaultEngine {

    /** The first argument of the commands worth the guess: they build the default engine unless told otherwise. */
    private static final Set<String> COMMANDS = Set.of("evaluate", "rules");

    /** Set at most once, by {@link #startFor}, before the command line runs; taken at most once. */
    private static FutureTask<CoachingEngine> building;

    private DefaultEngine() {
    }

    /** The options that ask for another engine: with them on the command line, the guess would be wasted work. */
    private static final List<String> OTHER_ENGINE = List.of("--pack", "--locale");

    /**
     * Starts building the default engine if {@code args} name a command that probably needs it and no option
     * that asks for another engine.
     */
    static void startFor(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || building != null) {
            return;
        }
        for (String arg : args) {
            if (OTHER_ENGINE.stream().anyMatch(arg::startsWith)) {
                return;
            }
        }
        FutureTask<CoachingEngine> task = new FutureTask<>(() -> EngineOptions.build(List.of(), LocaleOption.DEFAULT));
        Thread thread = new Thread(task, "coach-default-engine");
        // Never keeps the process alive: a command that exits early (invalid input) does not wait for it.
        thread.setDaemon(true);
        thread.start();
        building = task;
    }

    /**
     * The engine built in the background, once it is ready, if one was started and these are its settings;
     * empty otherwise, or if that build failed (the caller then builds the engine itself).
     */
    static Optional<CoachingEngine> take(List<Path> packs, Locale locale) {
        FutureTask<CoachingEngine> task = building;
        if (task == null || !packs.isEmpty() || !LocaleOption.DEFAULT.equals(locale)) {
            return Optional.empty();
        }
        building = null;
        try {
            return Optional.of(task.get());
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
