package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.Suppression;
import org.coachlogic.facts.ClientFacts;

/**
 * What must hold of any advice the default rules give, whatever the facts: shared by the properties and
 * the fuzz test, so that both check the same promises.
 */
final class AdviceInvariants {

    private static final Comparator<Recommendation> OUTPUT_ORDER = Comparator.comparing(Recommendation::priority)
            .thenComparing(Recommendation::category)
            .thenComparing(Recommendation::id);

    private AdviceInvariants() {
    }

    static void check(ClientFacts facts, Advice advice) {
        everyRecommendationHasASourceAndAReason(advice);
        urgentSafetyLeavesOnlySafety(advice);
        acuteInjuryWithholdsLoadAndProgramming(facts, advice);
        aRedFlagAlwaysGetsSafetyAdvice(facts, advice);
        orderAndSuppressionAreConsistent(advice);
    }

    static void everyRecommendationHasASourceAndAReason(Advice advice) {
        assertThat(advice.recommendations()).allSatisfy(r -> {
            assertThat(r.sources()).as("sources of %s", r.id()).isNotEmpty();
            assertThat(r.because()).as("because of %s", r.id()).isNotEmpty()
                    .allSatisfy(reason -> assertThat(reason).as("a reason of %s", r.id()).isNotBlank());
        });
    }

    static void urgentSafetyLeavesOnlySafety(Advice advice) {
        if (hasUrgentSafety(advice)) {
            assertThat(advice.recommendations()).extracting(Recommendation::category)
                    .as("categories shown next to an urgent referral").containsOnly(Category.SAFETY);
        }
    }

    /** The default rules' metadata: which ids add load, which are assessment-first cautions. */
    private static final java.util.Map<String, org.coachlogic.RuleInfo> RULES = org.coachlogic.CoachingEngine.builder()
            .build().rules().stream().collect(java.util.stream.Collectors.toMap(org.coachlogic.RuleInfo::id, r -> r));

    /**
     * An acute injury gives the assessment-first caution, and an assessment-first caution never sits next to
     * a recommendation that adds load (LOAD and PROGRAMMING unless declared otherwise).
     */
    static void acuteInjuryWithholdsLoadAndProgramming(ClientFacts facts, Advice advice) {
        // an injury is acute under the acute-duration parameter (6 weeks by default), or when its date is unknown;
        // with thinner bones it is the urgent fragility fracture instead
        if (facts.pain() != null && Boolean.TRUE.equals(facts.pain().acuteInjury())
                && (facts.pain().durationWeeks() == null || facts.pain().durationWeeks() < 6)) {
            boolean thinBones = facts.client().has(org.coachlogic.facts.Condition.OSTEOPOROSIS)
                    || facts.client().has(org.coachlogic.facts.Condition.LONG_TERM_STEROIDS);
            assertThat(advice.ids()).as("an acute injury")
                    .contains(thinBones ? "safety.fragility-fracture" : "safety.acute-injury");
        }
        boolean assessFirst = advice.ids().stream().map(RULES::get)
                .anyMatch(r -> r != null && r.tier() == org.coachlogic.SafetyTier.ASSESS);
        if (assessFirst) {
            assertThat(advice.ids()).as("shown next to an assessment-first caution")
                    .noneMatch(id -> RULES.containsKey(id) && RULES.get(id).addsLoad());
        }
    }

    /** The worst failure: a red flag that leads to no safety advice at all. */
    static void aRedFlagAlwaysGetsSafetyAdvice(ClientFacts facts, Advice advice) {
        if (!facts.redFlags().isEmpty()) {
            assertThat(advice.recommendations()).extracting(Recommendation::category)
                    .as("categories shown for red flags %s", facts.redFlags()).contains(Category.SAFETY);
        }
    }

    static void orderAndSuppressionAreConsistent(Advice advice) {
        assertThat(advice.recommendations()).isSortedAccordingTo(OUTPUT_ORDER);
        assertThat(advice.ids()).doesNotHaveDuplicates();
        Set<String> shown = Set.copyOf(advice.ids());
        assertThat(advice.suppressed()).allSatisfy(s -> {
            assertThat(shown).as("withheld %s", s.id()).doesNotContain(s.id()).contains(s.by());
        });
        assertThat(advice.suppressed()).extracting(Suppression::id).doesNotHaveDuplicates();
    }

    static boolean hasUrgentSafety(Advice advice) {
        return advice.recommendations().stream()
                .anyMatch(r -> r.category() == Category.SAFETY && r.priority() == Priority.URGENT);
    }

    static Set<String> shownIn(Advice advice, Category category) {
        return advice.recommendations().stream().filter(r -> r.category() == category).map(Recommendation::id)
                .collect(Collectors.toSet());
    }

    static List<Recommendation> shown(Advice advice, Category category, Priority priority) {
        return advice.recommendations().stream()
                .filter(r -> r.category() == category && r.priority() == priority).toList();
    }
}
