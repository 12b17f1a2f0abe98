package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coachlogic.testkit.CoachingAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.coachlogic.testkit.Expectation;
import org.coachlogic.testkit.Fixture;
import org.coachlogic.testkit.FixtureResult;
import org.coachlogic.testkit.FixtureRunner;
import org.junit.jupiter.api.Test;

/** The testkit's AssertJ assertions against the real default rules: an id that does not exist always fails. */
class AdviceAssertionsTest {

    private static final CoachingEngine ENGINE = CoachingEngine.builder().build();
    private static final ClientFacts SHORT_SLEEPER = ClientFacts.of(Client.of(40, Experience.NOVICE))
            .withSleep(new Sleep(5.5));

    @Test
    void aMisspeltIdInDidNotFireFailsWithTheIdItMeant() {
        // GIVEN
        Advice advice = ENGINE.evaluate(SHORT_SLEEPER);

        // THEN
        assertThatThrownBy(() -> assertThat(advice).didNotFire("safety.cauda-equinaa"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("\nThe rule base has no rule safety.cauda-equinaa (did you mean safety.cauda-equina?)");
        assertThat(advice).didNotFire("safety.cauda-equina").fired("recovery.short-sleep");
    }

    @Test
    void aFailedExpectationShowsWhatWasExpectedAndTheAdviceThatCame() {
        // GIVEN
        Advice advice = ENGINE.evaluate(SHORT_SLEEPER);

        // THEN
        assertThatThrownBy(() -> assertThat(advice).fired("safety.cauda-equina"))
                .hasMessageStartingWith("\nExpected to fire, but did not: safety.cauda-equina\n"
                        + "  actual recommendations, in order:\n")
                .hasMessageContaining("recovery.short-sleep");
    }

    @Test
    void aFixtureAndAnAssertionSayTheSameAboutTheSameAdvice() {
        // GIVEN a fixture and an assertion that expect the same wrong thing
        Fixture fixture = new Fixture("short sleeper", Path.of("inline.json"), 1, CoachingJson.writeFacts(SHORT_SLEEPER),
                new Expectation(List.of("safety.cauda-equina"), null, null, null, null, null, null, null), null);

        // WHEN
        FixtureResult result = new FixtureRunner(ENGINE).run(fixture);

        // THEN
        Assertions.assertThat(result.problems()).containsExactly("expected to fire, but did not: safety.cauda-equina");
        assertThatThrownBy(() -> assertThat(ENGINE.evaluate(SHORT_SLEEPER)).fired("safety.cauda-equina"))
                .hasMessageStartingWith("\nExpected to fire, but did not: safety.cauda-equina\n");
    }

    @Test
    void aPacksOwnIdIsUnknownUntilThePacksEngineIsGiven() {
        // GIVEN an engine with a pack that adds clinic.daily-walk
        CoachingEngine withPack = CoachingEngine.builder().withPack(Path.of("src/test/resources/packs/good")).build();
        Advice advice = withPack.evaluate(SHORT_SLEEPER);

        // THEN the default ids are known from the advice alone; the pack's only with its engine
        assertThat(advice).didNotFire("safety.cauda-equina");
        assertThatThrownBy(() -> assertThat(advice).didNotFire("clinic.daily-walkk"))
                .hasMessageContaining("The rule base has no rule clinic.daily-walkk");
        assertThat(advice).usingRulesOf(withPack).didNotFire("clinic.daily-walk");
        assertThatThrownBy(() -> assertThat(advice).usingRulesOf(withPack).didNotFire("clinic.daily-walkk"))
                .hasMessageContaining("The rule base has no rule clinic.daily-walkk (did you mean clinic.daily-walk?)");
    }

    @Test
    void theDefaultRulesSatisfyTheSafetyInvariantsForARedFlag() {
        // GIVEN
        ClientFacts facts = SHORT_SLEEPER.withRedFlags(Set.of(RedFlag.SADDLE_NUMBNESS));

        // THEN
        assertThat(ENGINE.evaluate(facts)).satisfiesSafetyInvariants(facts).fired("safety.cauda-equina");
    }

    @Test
    void anAcuteInjuryMayStandBesideACautionToEaseLoad() {
        // GIVEN an acute injury of unknown date and a load spike: the spike caution says to ease load, which
        // adds none (its rule says @addsLoad("false")), so it stays beside the assessment-first caution
        ClientFacts facts = CoachingJson.readFacts("""
                {"client": {"age": 30, "experience": "NOVICE"},
                 "pain": {"region": "LOW_BACK", "acuteInjury": true},
                 "training": {"loadIncreasePercentLastWeek": 318.5}}""");

        // WHEN
        Advice advice = ENGINE.evaluate(facts);

        // THEN
        assertThat(advice).satisfiesSafetyInvariants(facts).shows("safety.acute-injury", "load.spike");
    }
}
