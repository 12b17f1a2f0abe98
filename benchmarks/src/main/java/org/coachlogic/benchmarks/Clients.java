package org.coachlogic.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Condition;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Goal;
import org.coachlogic.facts.LegSymptoms;
import org.coachlogic.facts.Mindset;
import org.coachlogic.facts.Occupation;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.PainRegion;
import org.coachlogic.facts.PainTrend;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Sport;
import org.coachlogic.facts.Stress;
import org.coachlogic.facts.Training;

/** The clients the benchmarks evaluate. */
public final class Clients {

    private Clients() {
    }

    /** The bytes of each example client in {@code folder} (its {@code .json} files, in name order). */
    public static List<byte[]> exampleBodies(Path folder) throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                bodies.add(Files.readAllBytes(file));
            }
        }
        return bodies;
    }

    /**
     * A typical client: {@code examples/clients/desk-worker.json}: the facts, the client, two goals, pain, sleep,
     * stress, activity and mindset; with the default rules the safety stage gets three of them and the advice
     * stage one (the rules read the rest from {@code ClientFacts}), and 11 of the default rules fire, none of
     * them withheld.
     */
    public static ClientFacts typical() {
        return new ClientFacts(
                new Client(34, Experience.NOVICE, Occupation.DESK, null, Set.of()),
                Set.of(Goal.POSTURE, Goal.GENERAL_HEALTH),
                new Pain(PainRegion.UPPER_BACK, 3, 10, PainTrend.IMPROVING, false, false, LegSymptoms.NONE),
                Set.of(),
                new Sleep(6.5),
                new Stress(5),
                new Activity(9.5, 0, 0, 45, false),
                new Mindset(2, false, null),
                null);
    }

    /** Only what the contract requires: age and experience. Two facts go into a session; no rule fires. */
    public static ClientFacts fewFacts() {
        return ClientFacts.of(Client.of(30, Experience.INTERMEDIATE));
    }

    /**
     * Every field known and every list full: all goals, conditions and red flags, 30 facts in a session. The
     * red flags make it urgent, so everything outside SAFETY is withheld. {@link GeneratedPack} chooses its
     * thresholds against these values.
     */
    public static ClientFacts allFacts() {
        return new ClientFacts(
                new Client(55, Experience.INTERMEDIATE, Occupation.DESK, new Sport("boxing", true),
                        EnumSet.allOf(Condition.class)),
                EnumSet.allOf(Goal.class),
                new Pain(PainRegion.LOW_BACK, 4, 14, PainTrend.STABLE, false, true, LegSymptoms.ONE_SIDE),
                EnumSet.allOf(RedFlag.class),
                new Sleep(6.5),
                new Stress(7),
                new Activity(9.0, 1, 0, 60, true),
                new Mindset(7, true, 31),
                new Training(20.0, false, false));
    }
}
