package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coachlogic.testkit.CoachingAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coachlogic.CoachingEngine;
import org.coachlogic.ParameterInfo;
import org.coachlogic.RuleCompilationException;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Sleep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thresholds are named rule-set parameters: tunable through the builder and packs, never through DRL. */
class ParametersTest {

    private static final ClientFacts SLEEPS_6_5 = ClientFacts.of(Client.of(40, Experience.INTERMEDIATE))
            .withSleep(new Sleep(6.5));

    @Test
    void everyThresholdHasADocumentedDefaultAndRange() {
        assertThat(CoachingEngine.builder().build().parameters())
                .extracting(ParameterInfo::name)
                .containsExactly("sleep.min-hours", "stress.high-level", "fear.high-level", "pcs.high-score",
                        "pain.acute-max-weeks", "pain.chronic-min-weeks", "pain.review-after-weeks",
                        "age.new-onset-over", "load.spike-percent", "sitting.high-hours", "aerobic.min-minutes",
                        "strength.min-days", "redflags.cluster-count", "age.young-under", "age.adult-from",
                        "youth.aerobic-min-minutes", "youth.strength-min-days");
        assertThat(CoachingEngine.builder().build().parameters()).allSatisfy(p -> {
            assertThat(p.value()).isEqualTo(p.defaultValue()).isBetween(p.min(), p.max());
            assertThat(p.description()).isNotBlank();
            assertThat(p.setBy()).isEqualTo("default");
        });
    }

    @Test
    void theBuilderMovesAThresholdAndTheTextFollows() {
        CoachingEngine defaults = CoachingEngine.builder().build();
        CoachingEngine tuned = CoachingEngine.builder().parameter("sleep.min-hours", 6.0).build();

        assertThat(defaults.evaluate(SLEEPS_6_5)).fired("recovery.short-sleep");
        assertThat(defaults.evaluate(SLEEPS_6_5).find("recovery.short-sleep").orElseThrow().summary())
                .startsWith("Aim for at least 7 hours of sleep");
        assertThat(tuned.evaluate(SLEEPS_6_5)).didNotFire("recovery.short-sleep");
        assertThat(tuned.evaluate(SLEEPS_6_5.withSleep(new Sleep(5.5))).find("recovery.short-sleep").orElseThrow())
                .satisfies(r -> {
                    assertThat(r.summary()).startsWith("Aim for at least 6 hours of sleep");
                    assertThat(r.because()).containsExactly("sleep of 5.5 h per night is under 6 h");
                });
        assertThat(tuned.parameters()).filteredOn(p -> p.name().equals("sleep.min-hours")).singleElement()
                .satisfies(p -> assertThat(p.setBy()).isEqualTo("builder"));
    }

    @Test
    void aValueOutOfRangeOrAnUnknownNameIsRefused() {
        assertThatThrownBy(() -> CoachingEngine.builder().parameter("sleep.min-hours", 12).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter sleep.min-hours must be between 5 and 9 (hours per night), was 12");
        assertThatThrownBy(() -> CoachingEngine.builder().parameter("sleep.minimum", 6).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown parameter sleep.minimum; known: [sleep.min-hours,");
    }

    @Test
    void aPackSetsParametersAndTheBuilderWins(@TempDir Path dir) throws Exception {
        Path pack = Files.createDirectories(dir.resolve("tuning"));
        Files.writeString(pack.resolve("pack.json"), """
                { "name": "tuning", "version": "1", "parameters": { "sleep.min-hours": 6, "stress.high-level": 11 } }
                """);
        Files.writeString(pack.resolve("empty.drl"), "package com.tuning;\n");

        assertThatThrownBy(() -> CoachingEngine.builder().withPack(pack).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.ruleProblems())
                        .extracting(Object::toString)
                        .containsExactly("tuning: pack.json: parameter stress.high-level must be between 3 and 10 "
                                + "(points of 10), was 11"));

        Files.writeString(pack.resolve("pack.json"), """
                { "name": "tuning", "version": "1", "parameters": { "sleep.min-hours": 6 } }
                """);
        assertThat(CoachingEngine.builder().withPack(pack).build().evaluate(SLEEPS_6_5)).didNotFire("recovery.short-sleep");
        assertThat(CoachingEngine.builder().withPack(pack).parameter("sleep.min-hours", 7).build().evaluate(SLEEPS_6_5))
                .fired("recovery.short-sleep");
    }
}
