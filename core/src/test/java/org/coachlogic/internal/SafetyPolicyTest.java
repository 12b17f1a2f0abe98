package org.coachlogic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.SafetyTier;
import org.junit.jupiter.api.Test;

/** The safety policy alone, on made-up metadata: no Drools, no rule base. */
class SafetyPolicyTest {

    private record Item(String id, Category category, Priority priority, SafetyTier tier, boolean addsLoad)
            implements SafetyPolicy.Subject {
    }

    private static final Item URGENT_FLAG = new Item("x.urgent", Category.SAFETY, Priority.URGENT, SafetyTier.URGENT, false);
    private static final Item ASSESS_FLAG = new Item("x.assess", Category.SAFETY, Priority.CAUTION, SafetyTier.ASSESS, false);
    private static final Item REVIEW_FLAG = new Item("x.review", Category.SAFETY, Priority.CAUTION, SafetyTier.REVIEW, false);
    private static final Item HEAVY = new Item("y.heavy", Category.PROGRAMMING, Priority.ADVICE, null, true);
    private static final Item LOADED_ACTIVITY = new Item("y.strength-days", Category.ACTIVITY, Priority.ADVICE, null, true);
    private static final Item EASE_OFF = new Item("y.ease-off", Category.LOAD, Priority.CAUTION, null, false);
    private static final Item SLEEP = new Item("y.sleep", Category.RECOVERY, Priority.ADVICE, null, false);

    private static List<String> withheldBy(Item... ordered) {
        return SafetyPolicy.withheldBy(Arrays.asList(ordered));
    }

    @Test
    void anUrgentSafetyFindingWithholdsEverythingOutsideSafety() {
        // GIVEN an urgent flag, a caution flag and advice of every kind
        // WHEN
        List<String> by = withheldBy(URGENT_FLAG, ASSESS_FLAG, REVIEW_FLAG, EASE_OFF, HEAVY, SLEEP);

        // THEN every safety finding stays; everything else is withheld by the urgent one
        assertThat(by).containsExactly(null, null, null, "x.urgent", "x.urgent", "x.urgent");
    }

    @Test
    void anAssessFindingWithholdsExactlyWhatAddsLoad() {
        // GIVEN
        // WHEN
        List<String> by = withheldBy(ASSESS_FLAG, EASE_OFF, HEAVY, LOADED_ACTIVITY, SLEEP);

        // THEN load-adding advice of any category is withheld; easing off and recovery stay
        assertThat(by).containsExactly(null, null, "x.assess", "x.assess", null);
    }

    @Test
    void aReviewFindingHoldsNothingBack() {
        // GIVEN / WHEN
        List<String> by = withheldBy(REVIEW_FLAG, EASE_OFF, HEAVY, LOADED_ACTIVITY, SLEEP);

        // THEN
        assertThat(by).containsOnlyNulls();
    }

    @Test
    void theFirstWithholdingFindingInOutputOrderIsNamed() {
        // GIVEN two assessment-first cautions
        Item second = new Item("x.assess-too", Category.SAFETY, Priority.CAUTION, SafetyTier.ASSESS, false);

        // WHEN
        List<String> by = withheldBy(ASSESS_FLAG, second, HEAVY);

        // THEN
        assertThat(by).containsExactly(null, null, "x.assess");
    }

    @Test
    void anUrgentSafetyFindingIsUrgentWhateverTierItCarries() {
        // GIVEN metadata that says URGENT but a review tier (the loader refuses it; the policy still holds)
        Item urgent = new Item("x.odd", Category.SAFETY, Priority.URGENT, SafetyTier.REVIEW, false);

        // WHEN / THEN
        assertThat(withheldBy(urgent, SLEEP)).containsExactly(null, "x.odd");
    }

    @Test
    void nothingWithholdsASafetyFindingNotEvenOneThatSaysItAddsLoad() {
        // GIVEN a pack's safety finding with odd metadata next to an urgent one
        Item oddSafety = new Item("z.safety", Category.SAFETY, Priority.CAUTION, SafetyTier.REVIEW, true);

        // WHEN / THEN
        assertThat(withheldBy(URGENT_FLAG, ASSESS_FLAG, oddSafety)).containsOnlyNulls();
    }

    @Test
    void withoutSafetyFindingsNothingIsWithheld() {
        assertThat(withheldBy(EASE_OFF, HEAVY, LOADED_ACTIVITY, SLEEP)).containsOnlyNulls();
    }
}
