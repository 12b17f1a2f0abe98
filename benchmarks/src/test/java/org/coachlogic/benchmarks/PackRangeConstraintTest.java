package org.coachlogic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found while generating packs for the benchmarks: a pack with eight or more range constraints on
 * {@code Activity.sedentaryHoursPerDay} gets wrong answers, and one whose constraint repeats a default rule's
 * gets no engine at all. Drools 10.2 range-indexes the pack's (DRL-compiled) constraints together with the
 * default rules' (executable-model) ones on the same fact type, under the wrong field: here they read
 * {@code strengthSessionsPerWeek}. The engine turns range indexing off on every KieBase it builds, which
 * makes both tests pass; see docs/performance.md, "Found on the way".
 */
class PackRangeConstraintTest {

    @Test
    void eightPackRulesOnHoursSittingReadHoursSitting(@TempDir Path pack) throws IOException {
        // GIVEN a pack of eight rules "sitting more than N hours", N = 1, 2, 3, 4, 6, 7, 9, 10
        List<Integer> hours = List.of(1, 2, 3, 4, 6, 7, 9, 10);
        StringBuilder drl = new StringBuilder("package com.example.sitting;\nimport org.coachlogic.facts.*;\n"
                + "import org.coachlogic.spi.Finding;\n");
        StringBuilder messages = new StringBuilder("because.sitting=sitting\n");
        for (int h : hours) {
            drl.append("rule \"sitting over ").append(h).append("\" @id(\"sitting.over-").append(h)
                    .append("\") @category(\"ACTIVITY\") @priority(\"ADVICE\") @sources(\"who-2020\") @reviewed(\"2026-11-21\")\n")
                    .append("when\n    Activity( sedentaryHoursPerDay > ").append(h).append(".0 )\n")
                    .append("then\n    insert(Finding.because(\"sitting\"));\nend\n");
            messages.append("sitting.over-").append(h).append(".summary=Sitting over ").append(h).append(" h\n")
                    .append("sitting.over-").append(h).append(".detail=Detail.\n");
        }
        Files.writeString(pack.resolve("pack.json"), "{\"name\": \"sitting\", \"version\": \"1\"}");
        Files.writeString(pack.resolve("sitting.drl"), drl);
        Files.writeString(pack.resolve("messages.properties"), messages);
        CoachingEngine engine = CoachingEngine.builder().withPack(pack).build();

        // WHEN one client sits 9 h with one strength session, another 5 h with nine
        Advice sitsLong = engine.evaluate(sitting(9.0, 1));
        Advice sitsLess = engine.evaluate(sitting(5.0, 9));

        // THEN the rules compare the hours sitting (Drools 10.2: the first gets none, the second 1 to 7)
        assertThat(sitsLong.ids()).filteredOn(id -> id.startsWith("sitting."))
                .containsExactly("sitting.over-1", "sitting.over-2", "sitting.over-3", "sitting.over-4",
                        "sitting.over-6", "sitting.over-7");
        assertThat(sitsLess.ids()).filteredOn(id -> id.startsWith("sitting."))
                .containsExactly("sitting.over-1", "sitting.over-2", "sitting.over-3", "sitting.over-4");
    }

    @Test
    void packRulesMayRepeatADefaultRulesConstraint(@TempDir Path pack) throws IOException {
        // GIVEN a pack of six rules on the pain's duration, one of them "more than 12 weeks" as a default rule has
        StringBuilder drl = new StringBuilder("package com.example.duration;\nimport org.coachlogic.facts.*;\n"
                + "import org.coachlogic.spi.Finding;\n");
        StringBuilder messages = new StringBuilder("because.weeks=weeks\n");
        for (int weeks : List.of(12, 20, 30, 40, 50, 60)) {
            drl.append("rule \"pain over ").append(weeks).append("\" @id(\"duration.over-").append(weeks)
                    .append("\") @category(\"ACTIVITY\") @priority(\"ADVICE\") @sources(\"who-2020\") @reviewed(\"2026-11-21\")\n")
                    .append("when\n    Pain( durationWeeks > ").append(weeks).append(" )\n")
                    .append("then\n    insert(Finding.because(\"weeks\"));\nend\n");
            messages.append("duration.over-").append(weeks).append(".summary=Over ").append(weeks).append(" weeks\n")
                    .append("duration.over-").append(weeks).append(".detail=Detail.\n");
        }
        Files.writeString(pack.resolve("pack.json"), "{\"name\": \"duration\", \"version\": \"1\"}");
        Files.writeString(pack.resolve("duration.drl"), drl);
        Files.writeString(pack.resolve("messages.properties"), messages);

        // WHEN the engine is built, THEN it builds (Drools 10.2: IllegalStateException "Index conflict")
        assertThat(CoachingEngine.builder().withPack(pack).build().rules())
                .hasSize(CoachingEngine.builder().build().rules().size() + 6);
    }

    private static ClientFacts sitting(double hours, int strengthSessions) {
        return ClientFacts.of(Client.of(30, Experience.ADVANCED))
                .withActivity(new Activity(hours, strengthSessions, 1, 200, null));
    }
}
