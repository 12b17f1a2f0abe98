package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.ParameterInfo;
import org.coachlogic.RuleCompilationException;
import org.coachlogic.RuleProblem;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Training;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's own parameters: defined in pack.json, read by its rules, tuned like the rule set's. */
class PackParametersTest {

    private static final Path PACK = Path.of("src/test/resources/packs/own-parameter");
    private static final ClientFacts EIGHTEEN_PERCENT = ClientFacts.of(Client.of(40, Experience.NOVICE))
            .withTraining(new Training(18.0, null, null));

    @Test
    void aPacksOwnParameterIsListedWithItsRangeAndTheValueThePackSets() {
        CoachingEngine engine = CoachingEngine.builder().withPack(PACK).build();

        assertThat(engine.parameters()).filteredOn(p -> p.name().equals("clinic.max-load-step")).singleElement()
                .satisfies(p -> {
                    assertThat(p.value()).isEqualTo(15.0);
                    assertThat(p.defaultValue()).isEqualTo(20.0);
                    assertThat(p.min()).isEqualTo(0.0);
                    assertThat(p.max()).isEqualTo(50.0);
                });
    }

    @Test
    void theRulesReadThePacksParameterAndTheHostCanTuneIt() {
        Advice packValue = CoachingEngine.builder().withPack(PACK).build().evaluate(EIGHTEEN_PERCENT);
        Advice tuned = CoachingEngine.builder().withPack(PACK).parameter("clinic.max-load-step", 25).build()
                .evaluate(EIGHTEEN_PERCENT);

        assertThat(packValue.find("clinic.smaller-load-step")).hasValueSatisfying(r -> {
            assertThat(r.summary()).isEqualTo("Keep next week's load increase at or under 15 percent.");
            assertThat(r.because()).containsExactly("load went up 18% last week, more than 15%");
        });
        assertThat(tuned.find("clinic.smaller-load-step")).isEmpty();
    }

    @Test
    void aPackCannotRedefineARuleSetParameterOrGiveABadRange(@TempDir Path pack) throws IOException {
        Files.writeString(pack.resolve("pack.json"), """
                { "name": "bad-parameters", "version": "1",
                  "parameterDefinitions": [
                    { "name": "sleep.min-hours", "default": 6, "min": 4, "max": 9, "unit": "h", "description": "Mine." },
                    { "name": "clinic.step", "default": 60, "min": 0, "max": 50, "unit": "%", "description": "Step." }
                  ] }""");
        Files.copy(PACK.resolve("rules.drl"), pack.resolve("rules.drl"));
        Files.copy(PACK.resolve("messages.properties"), pack.resolve("messages.properties"));

        assertThatThrownBy(() -> CoachingEngine.builder().withPack(pack).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.ruleProblems())
                        .extracting(RuleProblem::toString).contains(
                                "bad-parameters: pack.json:3:5: parameter sleep.min-hours is already defined by the rule set; "
                                        + "set its value under \"parameters\" instead, or choose another name",
                                "bad-parameters: pack.json:4:5: parameter clinic.step needs numbers with min <= default <= max, "
                                        + "was min 0, default 60, max 50"));
    }
}
