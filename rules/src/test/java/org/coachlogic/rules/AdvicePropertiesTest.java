package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.RedFlag;

/**
 * Properties of the default rules over random valid clients ({@link ClientArbitraries}: every field, known
 * or unknown). Tries are kept moderate; jqwik reports the seed of a failure, and
 * {@code @Property(seed = "...")} replays it.
 */
class AdvicePropertiesTest {

    private static final CoachingEngine ENGINE = CoachingEngine.builder().build();

    @Provide
    Arbitrary<ClientFacts> clients() {
        return ClientArbitraries.clients();
    }

    @Property(tries = 300)
    void theSameFactsGiveEqualAdviceAndTheSameBytes(@ForAll("clients") ClientFacts facts) {
        // WHEN the same facts are evaluated twice, and once more after a trip through JSON
        Advice first = ENGINE.evaluate(facts);
        Advice second = ENGINE.evaluate(facts);
        Advice viaJson = ENGINE.evaluate(CoachingJson.readFacts(CoachingJson.writeFacts(facts)));

        // THEN the advice is equal, and written as the same bytes
        assertThat(second).isEqualTo(first);
        assertThat(viaJson).isEqualTo(first);
        assertThat(CoachingJson.writeAdvice(second)).isEqualTo(CoachingJson.writeAdvice(first));
    }

    @Property(tries = 500)
    void urgentSafetyAdviceLeavesNothingOutsideSafety(@ForAll("clients") ClientFacts facts) {
        AdviceInvariants.urgentSafetyLeavesOnlySafety(ENGINE.evaluate(facts));
    }

    @Property(tries = 500)
    void anAcuteInjuryWithholdsLoadAndProgramming(@ForAll("clients") ClientFacts facts) {
        AdviceInvariants.acuteInjuryWithholdsLoadAndProgramming(facts, ENGINE.evaluate(facts));
    }

    @Property(tries = 500)
    void everyRecommendationHasASourceAndAReason(@ForAll("clients") ClientFacts facts) {
        AdviceInvariants.everyRecommendationHasASourceAndAReason(ENGINE.evaluate(facts));
    }

    @Property(tries = 500)
    void anyRedFlagGetsSafetyAdvice(@ForAll("clients") ClientFacts facts) {
        Advice advice = ENGINE.evaluate(facts);

        AdviceInvariants.aRedFlagAlwaysGetsSafetyAdvice(facts, advice);
        AdviceInvariants.orderAndSuppressionAreConsistent(advice);
    }

    /**
     * Adding a red flag never takes safety advice away. A caution may give way to the urgent referral that
     * covers it (leg numbness to progressive weakness, a history of cancer to cancer with weight loss, an
     * infection risk to infection with fever), so the precise promise is: every safety recommendation
     * shown before is still shown, or an urgent safety recommendation that was not shown before now is.
     */
    @Property(tries = 300)
    void addingARedFlagNeverTakesSafetyAdviceAway(@ForAll("clients") ClientFacts facts, @ForAll RedFlag flag) {
        // GIVEN the advice without and with one more red flag
        Advice before = ENGINE.evaluate(facts);
        Advice after = ENGINE.evaluate(withFlag(facts, flag));

        // THEN
        Set<String> safetyAfter = AdviceInvariants.shownIn(after, Category.SAFETY);
        boolean newUrgent = AdviceInvariants.shown(after, Category.SAFETY, Priority.URGENT).stream()
                .map(Recommendation::id).anyMatch(id -> !before.ids().contains(id));
        for (Recommendation r : before.recommendations()) {
            if (r.category() == Category.SAFETY && !safetyAfter.contains(r.id())) {
                assertThat(r.priority()).as("%s dropped after adding %s", r.id(), flag).isEqualTo(Priority.CAUTION);
                assertThat(newUrgent).as("%s dropped after adding %s without an urgent referral in its place",
                        r.id(), flag).isTrue();
            }
        }
        if (AdviceInvariants.hasUrgentSafety(before)) {
            assertThat(AdviceInvariants.hasUrgentSafety(after)).as("urgent referral after adding %s", flag).isTrue();
        }
    }

    @Property(tries = 300)
    void addingARedFlagNeverBringsLoadAdvice(@ForAll("clients") ClientFacts facts, @ForAll RedFlag flag) {
        // GIVEN the advice without and with one more red flag
        Set<String> loadBefore = AdviceInvariants.shownIn(ENGINE.evaluate(facts), Category.LOAD);
        Set<String> loadAfter = AdviceInvariants.shownIn(ENGINE.evaluate(withFlag(facts, flag)), Category.LOAD);

        // THEN no load recommendation appears that was not there before
        assertThat(loadBefore).as("load advice after adding %s", flag).containsAll(loadAfter);
    }

    private static ClientFacts withFlag(ClientFacts facts, RedFlag flag) {
        Set<RedFlag> flags = EnumSet.of(flag);
        flags.addAll(facts.redFlags());
        return facts.withRedFlags(flags);
    }
}
