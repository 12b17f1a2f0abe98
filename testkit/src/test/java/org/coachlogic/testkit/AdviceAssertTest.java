package org.coachlogic.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coachlogic.testkit.CoachingAssertions.assertThat;

import java.util.List;
import java.util.Set;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Source;
import org.coachlogic.Suppression;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.PainRegion;
import org.coachlogic.facts.RedFlag;
import org.junit.jupiter.api.Test;

/**
 * The assertions without any rule base on the class path (the testkit's own tests have none): ids cannot be
 * checked, so every assertion naming one fails; the others work. With the default rules: the rules module's
 * {@code AdviceAssertionsTest}.
 */
class AdviceAssertTest {

    private static final Source SOURCE = new Source("k", "label", null);
    private static final Recommendation URGENT = new Recommendation("safety.x", Category.SAFETY, Priority.URGENT,
            "s", "d", List.of("saddle numbness reported"), List.of(SOURCE));
    private static final Advice ADVICE = new Advice(List.of(URGENT), List.of(new Suppression("load.y", "safety.x")),
            new RuleSetInfo("test", "1"));

    @Test
    void anIdFromARuleSetTheTestkitDoesNotKnowAlwaysFails() {
        // WHEN an id is said not to fire, and nothing could have fired it
        // THEN it still fails: the testkit cannot tell a typo from a rule
        assertThatThrownBy(() -> assertThat(ADVICE).didNotFire("other.z"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("The rule base has no rule other.z (the advice came from rule set test 1; "
                        + "for a pack's own rules, give its engine with usingRulesOf(engine))");
    }

    @Test
    void aFailureShowsExpectedVersusActualThenTheWholeAdvice() {
        assertThatThrownBy(() -> assertThat(ADVICE).hasTop(Category.SAFETY, Priority.CAUTION))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""

                        Expected the top recommendation to be CAUTION SAFETY, but it was URGENT SAFETY (safety.x)
                          actual recommendations, in order:
                            1. URGENT   SAFETY      safety.x
                                 because: saddle numbness reported
                          withheld:
                            load.y (by safety.x)
                        """);
    }

    @Test
    void theSafetyInvariantsAreOneAssertionListingEveryBrokenPromise() {
        // GIVEN advice that shows activity advice next to an urgent referral, in the wrong order
        Recommendation walk = new Recommendation("activity.walk", Category.ACTIVITY, Priority.ADVICE, "s", "d",
                List.of("sitting 9 h a day"), List.of(SOURCE));
        Advice broken = new Advice(List.of(walk, URGENT), List.of(), new RuleSetInfo("test", "1"));
        ClientFacts facts = ClientFacts.of(Client.of(50, Experience.NOVICE)).withRedFlags(Set.of(RedFlag.SADDLE_NUMBNESS));

        // THEN
        assertThatThrownBy(() -> assertThat(broken).satisfiesSafetyInvariants(facts))
                .hasMessageContaining("Expected the safety invariants to hold, but:")
                .hasMessageContaining("red flags [SADDLE_NUMBNESS] were reported, but the first recommendation is "
                        + "activity.walk, not a SAFETY one")
                .hasMessageContaining("an urgent referral was given, but advice outside SAFETY was shown too: "
                        + "[activity.walk]")
                .hasMessageContaining("out of order or repeated: activity.walk before safety.x");
        assertThat(ADVICE).satisfiesSafetyInvariants(facts);
    }

    @Test
    void anAcuteInjuryBesideLoadFromARuleTheTestkitDoesNotKnowBreaksTheInvariants() {
        // GIVEN an acute injury of unknown date, and LOAD advice from a rule the testkit has no metadata for:
        // it counts as adding load, as LOAD and PROGRAMMING do unless their rule declares otherwise
        Recommendation caution = new Recommendation("safety.injury", Category.SAFETY, Priority.CAUTION, "s", "d",
                List.of("an acute injury"), List.of(SOURCE));
        Recommendation more = new Recommendation("load.more", Category.LOAD, Priority.ADVICE, "s", "d",
                List.of("reps above target"), List.of(SOURCE));
        Advice advice = new Advice(List.of(caution, more), List.of(), new RuleSetInfo("test", "1"));
        ClientFacts facts = ClientFacts.of(Client.of(30, Experience.NOVICE))
                .withPain(Pain.builder().region(PainRegion.LOW_BACK).acuteInjury(true).build());

        // THEN
        assertThatThrownBy(() -> assertThat(advice).satisfiesSafetyInvariants(facts))
                .hasMessageContaining("an acute injury was reported, but advice that adds load was shown: [load.more]");
    }
}
