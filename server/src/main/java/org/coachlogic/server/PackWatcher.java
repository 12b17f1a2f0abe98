package org.coachlogic.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.coachlogic.RuleCompilationException;
import org.coachlogic.RuleProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --watch}: looks at the pack folders twice a second; once a change has settled (two looks alike), it
 * builds a new {@link RuleSet} on its own thread and hands it over, to be swapped in whole. A pack that does
 * not compile leaves the running rule set in place; its problems go to the log and to {@code /health/ready}
 * until a later change compiles.
 */
final class PackWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PackWatcher.class);
    static final long INTERVAL_MILLIS = 500;

    private final ServerSettings settings;
    private final Consumer<RuleSet> swap;
    private final Metrics metrics;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "coachlogic-pack-watcher");
        t.setDaemon(true);
        return t;
    });
    private volatile List<String> lastErrors = List.of();
    private List<String> built;
    private List<String> seen;

    PackWatcher(ServerSettings settings, Consumer<RuleSet> swap, Metrics metrics) {
        this.settings = settings;
        this.swap = swap;
        this.metrics = metrics;
        this.built = listing();
        this.seen = built;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::look, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("watching {} pack folder(s) for changes", settings.packs().size());
    }

    /** The problems of the last reload that failed, until one succeeds; empty when the last one did. */
    List<String> lastErrors() {
        return lastErrors;
    }

    private void look() {
        try {
            List<String> now = listing();
            boolean settled = now.equals(seen);
            seen = now;
            if (!settled || now.equals(built)) {
                return;
            }
            built = now;
            try {
                RuleSet next = RuleSet.build(settings);
                swap.accept(next);
                lastErrors = List.of();
                metrics.reload(true);
                LOG.info("packs changed: swapped in rule set {}", next.fingerprint());
            } catch (RuleCompilationException e) {
                refuse(e.ruleProblems().stream().map(RuleProblem::toString).toList());
            } catch (RuntimeException e) {
                refuse(List.of(String.valueOf(e.getMessage())));
            }
        } catch (RuntimeException e) {
            LOG.warn("could not look at the pack folders: {}", e.toString());
        }
    }

    private void refuse(List<String> problems) {
        lastErrors = List.copyOf(problems);
        metrics.reload(false);
        LOG.warn("packs changed but did not compile; the previous rule set stays in use. {} problem(s):",
                problems.size());
        problems.forEach(problem -> LOG.warn("  {}", problem));
    }

    /** Every file of every pack folder with its size and modification time, in a stable order. */
    private List<String> listing() {
        List<String> listing = new ArrayList<>();
        for (Path pack : settings.packs()) {
            if (!Files.isDirectory(pack)) {
                listing.add(pack + " missing");
                continue;
            }
            try (Stream<Path> files = Files.walk(pack)) {
                for (Path file : files.sorted().toList()) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    listing.add(file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return listing;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
