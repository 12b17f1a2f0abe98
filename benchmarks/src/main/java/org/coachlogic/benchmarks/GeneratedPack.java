package org.coachlogic.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.facts.Goal;

/**
 * Writes a rule pack of generated rules for the scaling and pack-loading benchmarks: varied conditions over
 * the fact sections, one or two patterns each, distinct thresholds (so Drools cannot share most of their
 * condition nodes), each rule with its own id, texts and reason.
 *
 * <p>No rule puts a range on {@code Activity.sedentaryHoursPerDay}: with eight or more such constraints in a
 * pack, Drools 10.2 range-indexes them under the default rules' {@code strengthSessionsPerWeek} and reads
 * the wrong field (see {@code docs/performance.md}, "Found on the way").
 *
 * <p>Against {@link Clients#allFacts()}, 5 of every 250 rules fire (2%, at least 5), one of each of the five
 * shapes; against {@link Clients#fewFacts()} none fire, though the rules on the client's age still match it
 * partly. The same count always gives the same pack.
 */
public final class GeneratedPack {

    /** How many rules go into one DRL file. */
    private static final int RULES_PER_FILE = 500;

    private static final Category[] CATEGORIES = {Category.ACTIVITY, Category.LOAD, Category.TECHNIQUE,
            Category.RECOVERY, Category.MINDSET, Category.PROGRAMMING};

    private GeneratedPack() {
    }

    /** Writes a pack of {@code count} rules into a new folder under {@code parent}; returns the folder. */
    public static Path write(Path parent, int count) {
        try {
            Path folder = Files.createTempDirectory(parent, "generated-" + count + "-");
            Files.writeString(folder.resolve("pack.json"), """
                    {
                      "name": "generated-%d",
                      "version": "1.0.0",
                      "description": "%d generated rules for the benchmarks."
                    }
                    """.formatted(count, count));
            StringBuilder messages = new StringBuilder("because.generated.fired=generated rule {0}\n");
            StringBuilder drl = null;
            for (int i = 0; i < count; i++) {
                if (i % RULES_PER_FILE == 0) {
                    if (drl != null) {
                        Files.writeString(folder.resolve(fileName(i - 1)), drl);
                    }
                    drl = new StringBuilder("""
                            package com.example.generated;

                            import org.coachlogic.facts.*;
                            import org.coachlogic.spi.Finding;

                            """);
                }
                drl.append(rule(i));
                String id = id(i);
                messages.append(id).append(".summary=Generated recommendation ").append(i).append('\n')
                        .append(id).append(".detail=A rule generated for the benchmarks.\n");
            }
            if (drl != null) {
                Files.writeString(folder.resolve(fileName(count - 1)), drl);
            }
            Files.writeString(folder.resolve("messages.properties"), messages);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An engine of the default rules and, when {@code count} is above 0, a pack of that many generated rules,
     * written to a temporary folder that is deleted once the engine is built (the build reads the pack once).
     */
    public static CoachingEngine engine(int count) {
        if (count == 0) {
            return CoachingEngine.builder().build();
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory("coachlogic-generated-");
            return CoachingEngine.builder().withPack(write(temp, count)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(temp);
        }
    }

    /** Deletes a folder written by {@link #write}. */
    public static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether rule {@code i} fires for {@link Clients#allFacts()}. */
    static boolean firesForAllFacts(int i) {
        return (i / 5) % 50 == 0;
    }

    static String id(int i) {
        return String.format(Locale.ROOT, "generated.rule-%05d", i);
    }

    private static String fileName(int lastRule) {
        return String.format(Locale.ROOT, "rules-%05d.drl", lastRule / RULES_PER_FILE);
    }

    /**
     * One rule. Its first constraint decides whether it fires for {@link Clients#allFacts()} (duration 14
     * weeks, sleep 6.5 h, load +20%, age 55, 60 aerobic minutes); the others always hold for that client.
     *
     * <p>No constraint repeats one of the default rules exactly ({@code durationWeeks > 12}, {@code age > 50},
     * {@code level >= 7}, ...): Drools 10.2 then fails to build the engine with "Index conflict" once a field
     * has enough range constraints to be range-indexed (see {@code docs/performance.md}).
     */
    private static String rule(int i) {
        Random random = new Random(i);
        boolean fires = firesForAllFacts(i);
        String when = switch (i % 5) {
            case 0 -> "    Pain( durationWeeks > %d, intensity >= %d )\n".formatted(
                    avoid(fires ? random.nextInt(14) : 14 + random.nextInt(506), 12, 11), random.nextInt(5));
            case 1 -> "    Sleep( hoursPerNight > %s )\n    Activity( backSessionsPerWeek < %d )\n".formatted(
                    decimal(fires ? random.nextDouble() * 6.4 : 6.5 + random.nextDouble() * 17.5),
                    1 + random.nextInt(21));
            case 2 -> "    Training( loadIncreasePercentLastWeek > %s )\n    Mindset( painCatastrophizingScore >= %d )\n"
                    .formatted(decimal(fires ? -100 + random.nextDouble() * 109 : 20 + random.nextDouble() * 980),
                            avoid(random.nextInt(32), 30, 31));
            case 3 -> "    Client( age > %d )\n    Stress( level >= %d )\n".formatted(
                    avoid(fires ? 10 + random.nextInt(45) : 55 + random.nextInt(65), 50, 49),
                    avoid(random.nextInt(8), 7, 6));
            default -> "    Goal( this == Goal.%s )\n    Activity( aerobicMinutesPerWeek < %d )\n".formatted(
                    Goal.values()[random.nextInt(Goal.values().length)],
                    avoid(fires ? 61 + random.nextInt(10020) : random.nextInt(61), 150, 151));
        };
        return """
                rule "generated %05d"
                    @id("%s") @category("%s") @priority("ADVICE") @sources("article-load") @reviewed("2026-11-21")
                when
                %sthen
                    insert(Finding.because("generated.fired", %d));
                end

                """.formatted(i, id(i), CATEGORIES[i % CATEGORIES.length], when, i);
    }

    /** {@code value}, or {@code instead} when it is a default rule's threshold. */
    private static int avoid(int value, int defaultThreshold, int instead) {
        return value == defaultThreshold ? instead : value;
    }

    /**
     * A threshold with three decimals. The ranges drawn from keep clear of the default rules' decimal
     * thresholds under the same operator (a 10.0% load increase).
     */
    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
