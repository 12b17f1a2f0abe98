package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.Suppression;
import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Condition;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Goal;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.PainRegion;
import org.coachlogic.facts.PainTrend;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Training;
import org.coachlogic.testkit.ClientGenerator;
import org.junit.jupiter.api.Test;

/** The engine's post-pass over the default rules: ordering and suppression, decided in one place. */
class SafetySemanticsTest {

    private static final CoachingEngine ENGINE = CoachingEngine.builder().build();

    private static final ClientFacts BUSY_CLIENT = ClientFacts.of(Client.of(45, Experience.INTERMEDIATE))
            .withGoals(Set.of(Goal.STRENGTH, Goal.POSTURE))
            .withPain(new Pain(PainRegion.LOW_BACK, 5, 3, PainTrend.STABLE, false, false, null))
            .withSleep(new Sleep(5.5))
            .withActivity(new Activity(10.0, 2, 0, 30, false))
            .withTraining(new Training(5.0, false, true));

    @Test
    void urgentSafetyWithholdsEverythingOutsideSafety() {
        // GIVEN a client with plenty of advice due and saddle numbness
        ClientFacts facts = BUSY_CLIENT.withRedFlags(Set.of(RedFlag.SADDLE_NUMBNESS));

        // WHEN
        Advice advice = ENGINE.evaluate(facts);

        // THEN only SAFETY remains, led by the urgent referral, and the rest is listed as withheld by it
        assertThat(advice.recommendations()).extracting(Recommendation::category).containsOnly(Category.SAFETY);
        assertThat(advice.recommendations().get(0).id()).isEqualTo("safety.cauda-equina");
        assertThat(advice.recommendations().get(0).priority()).isEqualTo(Priority.URGENT);
        assertThat(advice.suppressed()).extracting(Suppression::by).containsOnly("safety.cauda-equina");
        assertThat(advice.suppressed()).extracting(Suppression::id)
                .contains("load.progression-ready", "programming.strength", "recovery.short-sleep",
                        "activity.reduce-sitting");
    }

    @Test
    void withoutRedFlagsTheSameClientGetsTheFullAdvice() {
        Advice advice = ENGINE.evaluate(BUSY_CLIENT);

        assertThat(advice.suppressed()).isEmpty();
        assertThat(advice.ids()).contains("load.progression-ready", "programming.strength", "recovery.short-sleep");
    }

    @Test
    void acuteInjuryWithholdsLoadAndProgrammingOnly() {
        // GIVEN the same client, whose pain started with a specific acute injury
        ClientFacts facts = BUSY_CLIENT.withPain(new Pain(PainRegion.LOW_BACK, 6, 1, PainTrend.STABLE, true, false, null));

        // WHEN
        Advice advice = ENGINE.evaluate(facts);

        // THEN assessment comes first, load and programme advice is withheld by it, the rest stays
        assertThat(advice.ids()).contains("safety.acute-injury", "recovery.short-sleep", "activity.reduce-sitting");
        assertThat(advice.recommendations()).extracting(Recommendation::category)
                .doesNotContain(Category.LOAD, Category.PROGRAMMING);
        assertThat(advice.suppressed()).isNotEmpty().allSatisfy(s -> assertThat(s.by()).isEqualTo("safety.acute-injury"));
        assertThat(advice.suppressed()).extracting(Suppression::id)
                .contains("programming.strength", "load.progression-ready");
    }

    @Test
    void recommendationsAreOrderedByPriorityThenCategoryThenId() {
        ClientFacts facts = BUSY_CLIENT.withPain(new Pain(PainRegion.LOW_BACK, 5, 8, PainTrend.STABLE, false, true, null))
                .withTraining(new Training(30.0, false, false));

        List<Recommendation> recommendations = ENGINE.evaluate(facts).recommendations();

        assertThat(recommendations).isSortedAccordingTo((a, b) -> {
            int byPriority = a.priority().compareTo(b.priority());
            int byCategory = a.category().compareTo(b.category());
            return byPriority != 0 ? byPriority : byCategory != 0 ? byCategory : a.id().compareTo(b.id());
        });
        assertThat(recommendations).extracting(Recommendation::priority)
                .contains(Priority.CAUTION, Priority.ADVICE);
    }

    @Test
    void everyRecommendationExplainsItselfAndCitesASource() {
        ClientGenerator clients = ClientGenerator.thresholds(7);
        for (int i = 0; i < 2_000; i++) {
            for (Recommendation r : ENGINE.evaluate(clients.next()).recommendations()) {
                assertThat(r.because()).as(r.id()).isNotEmpty().allSatisfy(line ->
                        assertThat(line).as(r.id()).doesNotContain("null").doesNotContain("{").doesNotContain("["));
                assertThat(r.sources()).as(r.id()).isNotEmpty();
                assertThat(r.summary().length()).as(r.id()).isLessThanOrEqualTo(Recommendation.MAX_SUMMARY_LENGTH);
            }
        }
    }

    @Test
    void aRedFlagNeverSitsNextToAddingLoad() {
        ClientGenerator clients = ClientGenerator.thresholds(11);
        for (int i = 0; i < 5_000; i++) {
            ClientFacts facts = clients.next();
            Advice advice = ENGINE.evaluate(facts);
            if (!facts.redFlags().isEmpty()) {
                assertThat(advice.ids()).as("red flags %s", facts.redFlags()).doesNotContain("load.progression-ready");
            }
            if (advice.recommendations().stream().anyMatch(r -> r.priority() == Priority.URGENT)) {
                assertThat(advice.recommendations()).extracting(Recommendation::category).containsOnly(Category.SAFETY);
            }
        }
    }

    @Test
    void aCautionGivesWayOnlyToTheUrgentReferralThatCoversIt() {
        // GIVEN three clients whose caution becomes urgent when one more red flag is reported
        ClientFacts inPain = ClientFacts.of(Client.of(45, Experience.NOVICE))
                .withPain(new Pain(PainRegion.LOW_BACK, 4, 2, PainTrend.STABLE, false, false, null));
        record Escalation(ClientFacts before, RedFlag added, String caution, String urgent) {
        }
        List<Escalation> escalations = List.of(
                new Escalation(inPain.withRedFlags(Set.of(RedFlag.LEG_NUMBNESS)), RedFlag.PROGRESSIVE_LEG_WEAKNESS,
                        "safety.neurological-signs", "safety.progressive-weakness"),
                new Escalation(inPain.withClient(new Client(45, Experience.NOVICE, null, null, Set.of(Condition.HISTORY_OF_CANCER))),
                        RedFlag.UNEXPLAINED_WEIGHT_LOSS, "safety.cancer-history", "safety.cancer"),
                new Escalation(inPain.withClient(new Client(45, Experience.NOVICE, null, null, Set.of(Condition.IV_DRUG_USE))),
                        RedFlag.FEVER, "safety.infection-risk", "safety.infection"));

        for (Escalation escalation : escalations) {
            // WHEN the flag is added
            Set<RedFlag> flags = EnumSet.of(escalation.added());
            flags.addAll(escalation.before().redFlags());
            Advice before = ENGINE.evaluate(escalation.before());
            Advice after = ENGINE.evaluate(escalation.before().withRedFlags(flags));

            // THEN the caution is replaced by the urgent referral, never just dropped
            assertThat(before.ids()).contains(escalation.caution()).doesNotContain(escalation.urgent());
            assertThat(after.ids()).contains(escalation.urgent()).doesNotContain(escalation.caution());
        }
    }
}
