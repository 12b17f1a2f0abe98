package org.coachlogic.benchmarks.reference;

import static org.coachlogic.Category.ACTIVITY;
import static org.coachlogic.Category.LOAD;
import static org.coachlogic.Category.MINDSET;
import static org.coachlogic.Category.PROGRAMMING;
import static org.coachlogic.Category.RECOVERY;
import static org.coachlogic.Category.SAFETY;
import static org.coachlogic.Category.TECHNIQUE;
import static org.coachlogic.Priority.ADVICE;
import static org.coachlogic.Priority.CAUTION;
import static org.coachlogic.Priority.URGENT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.SafetyTier;
import org.coachlogic.Suppression;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.StartBackRisk;

/**
 * The default rules in plain Java, without Drools: the baseline the engine is measured against, and the
 * other side of the differential test that checks both decide the same.
 *
 * <p>It gives the ids only, not the texts, reasons and sources of an {@link org.coachlogic.Advice}. The
 * post-pass is the engine's: output in priority order (URGENT, CAUTION, ADVICE), then category in enum order,
 * then id; the safety policy: an URGENT SAFETY recommendation withholds everything outside SAFETY; otherwise
 * a SAFETY recommendation of tier assess withholds every recommendation that adds load; tier review holds
 * nothing back. Stateless and thread-safe.
 */
public final class ReferenceCoach {

    /** The default rule ids with their DRL metadata, in output order. */
    private static final List<ReferenceRule> RULES = Stream.of(
            // safety.drl
            rule("safety.cauda-equina", SAFETY, URGENT, DefaultRules::caudaEquina),
            rule("safety.progressive-weakness", SAFETY, URGENT, DefaultRules::progressiveWeakness),
            rule("safety.infection", SAFETY, URGENT, DefaultRules::infection),
            rule("safety.fracture", SAFETY, URGENT, DefaultRules::fracture),
            rule("safety.fragility-fracture", SAFETY, URGENT, DefaultRules::fragilityFracture),
            rule("safety.cancer", SAFETY, URGENT, DefaultRules::cancer),
            rule("safety.serious-pathology-cluster", SAFETY, URGENT, DefaultRules::seriousPathologyCluster),
            caution("safety.cancer-history", SafetyTier.ASSESS, DefaultRules::cancerHistory),
            caution("safety.weight-loss", SafetyTier.ASSESS, DefaultRules::weightLoss),
            caution("safety.neurological-signs", SafetyTier.ASSESS, DefaultRules::neurologicalSigns),
            caution("safety.worsening-despite-rest", SafetyTier.ASSESS, DefaultRules::worseningDespiteRest),
            caution("safety.infection-risk", SafetyTier.ASSESS, DefaultRules::infectionRisk),
            caution("safety.no-improvement", SafetyTier.REVIEW, DefaultRules::noImprovement),
            caution("safety.night-pain", SafetyTier.ASSESS, DefaultRules::nightPain),
            caution("safety.one-sided-leg-symptoms", SafetyTier.REVIEW, DefaultRules::oneSidedLegSymptoms),
            caution("safety.new-onset-over-50", SafetyTier.REVIEW, DefaultRules::newOnsetOver50),
            caution("safety.both-legs-long-standing", SafetyTier.REVIEW, DefaultRules::bothLegsLongStanding),
            caution("safety.past-injury", SafetyTier.REVIEW, DefaultRules::pastInjury),
            caution("safety.past-trauma", SafetyTier.ASSESS, DefaultRules::pastTrauma),
            caution("safety.suspected-fragility-fracture", SafetyTier.ASSESS, DefaultRules::suspectedFragilityFracture),
            caution("safety.under-20", SafetyTier.ASSESS, DefaultRules::under20),
            caution("safety.acute-injury", SafetyTier.ASSESS, DefaultRules::acuteInjury),
            // activity.drl
            rule("activity.keep-training", ACTIVITY, ADVICE, true, DefaultRules::keepTraining),
            rule("activity.avoid-rest", ACTIVITY, ADVICE, true, DefaultRules::avoidRest),
            rule("activity.reduce-sitting", ACTIVITY, ADVICE, DefaultRules::reduceSitting),
            rule("activity.aerobic-target", ACTIVITY, ADVICE, true, DefaultRules::aerobicTarget),
            rule("activity.strength-days", ACTIVITY, ADVICE, true, DefaultRules::strengthDays),
            rule("activity.exercise-first-line", ACTIVITY, ADVICE, true, DefaultRules::exerciseFirstLine),
            rule("activity.no-passive-supports", ACTIVITY, ADVICE, DefaultRules::noPassiveSupports),
            rule("activity.youth-targets", ACTIVITY, ADVICE, true, DefaultRules::youthTargets),
            // load.drl
            rule("load.spike", LOAD, CAUTION, false, DefaultRules::spike),
            rule("load.progression-ready", LOAD, ADVICE, DefaultRules::progressionReady),
            rule("load.gradual-return", LOAD, ADVICE, DefaultRules::gradualReturn),
            // mindset.drl
            rule("mindset.fear-of-movement", MINDSET, ADVICE, DefaultRules::fearOfMovement),
            rule("mindset.fragile-spine-belief", MINDSET, ADVICE, DefaultRules::fragileSpineBelief),
            rule("mindset.catastrophizing", MINDSET, ADVICE, DefaultRules::catastrophizing),
            // screening.drl
            rule("activity.startback-low-risk", ACTIVITY, ADVICE, f -> DefaultRules.startBackRisk(f, StartBackRisk.LOW)),
            rule("activity.startback-medium-risk", ACTIVITY, CAUTION,
                    f -> DefaultRules.startBackRisk(f, StartBackRisk.MEDIUM)),
            rule("mindset.startback-high-risk", MINDSET, CAUTION, f -> DefaultRules.startBackRisk(f, StartBackRisk.HIGH)),
            // programming.drl
            rule("programming.hypertrophy", PROGRAMMING, ADVICE, DefaultRules::hypertrophy),
            rule("programming.strength", PROGRAMMING, ADVICE, DefaultRules::strength),
            rule("programming.athletic-performance", PROGRAMMING, ADVICE, DefaultRules::athleticPerformance),
            rule("programming.push-sport-balance", PROGRAMMING, ADVICE, DefaultRules::pushSportBalance),
            rule("programming.posture-back-and-core", PROGRAMMING, ADVICE, DefaultRules::postureBackAndCore),
            rule("programming.injury-prevention-and-rehab", PROGRAMMING, ADVICE,
                    DefaultRules::injuryPreventionAndRehab),
            rule("programming.beginner-machines-and-floor", PROGRAMMING, ADVICE,
                    DefaultRules::beginnerMachinesAndFloor),
            rule("programming.weekly-back-day", PROGRAMMING, ADVICE, DefaultRules::weeklyBackDay),
            rule("programming.youth-strength", PROGRAMMING, ADVICE, DefaultRules::youthStrength),
            rule("programming.general-health", PROGRAMMING, ADVICE, DefaultRules::generalHealth),
            // recovery.drl
            rule("recovery.short-sleep", RECOVERY, ADVICE, DefaultRules::shortSleep),
            rule("recovery.high-stress", RECOVERY, ADVICE, DefaultRules::highStress),
            // technique.drl
            rule("technique.learn-the-lifts", TECHNIQUE, ADVICE, DefaultRules::learnTheLifts),
            rule("technique.get-coaching", TECHNIQUE, ADVICE, DefaultRules::getCoaching))
            .sorted(Comparator.comparing(ReferenceRule::priority).thenComparing(ReferenceRule::category)
                    .thenComparing(ReferenceRule::id))
            .toList();

    private ReferenceCoach() {
    }

    /** The rules, in output order. */
    public static List<ReferenceRule> rules() {
        return RULES;
    }

    /** Decides which default rules fire for a client, and which of them are shown or withheld. */
    public static ReferenceAdvice evaluate(ClientFacts facts) {
        Objects.requireNonNull(facts, "facts");
        List<ReferenceRule> fired = new ArrayList<>();
        ReferenceRule urgentSafety = null;
        for (ReferenceRule rule : RULES) {
            if (rule.when().test(facts)) {
                fired.add(rule);
                if (urgentSafety == null && rule.urgentSafety()) {
                    urgentSafety = rule;
                }
            }
        }
        List<String> shown = new ArrayList<>(fired.size());
        List<Suppression> suppressed = new ArrayList<>();
        for (ReferenceRule rule : fired) {
            String by = withheldBy(rule, fired, urgentSafety);
            if (by == null) {
                shown.add(rule.id());
            } else {
                suppressed.add(new Suppression(rule.id(), by));
            }
        }
        return new ReferenceAdvice(shown, suppressed);
    }

    /**
     * The id that withholds a rule's recommendation, or {@code null} if it is shown: the first URGENT SAFETY
     * recommendation withholds everything outside SAFETY; otherwise the first SAFETY recommendation of tier
     * assess withholds everything that adds load.
     */
    private static String withheldBy(ReferenceRule rule, List<ReferenceRule> fired, ReferenceRule urgentSafety) {
        if (rule.category() == SAFETY) {
            return null;
        }
        if (urgentSafety != null) {
            return urgentSafety.id();
        }
        for (ReferenceRule other : fired) {
            if (other.tier() == SafetyTier.ASSESS && rule.addsLoad()) {
                return other.id();
            }
        }
        return null;
    }

    private static ReferenceRule rule(String id, Category category, Priority priority, Predicate<ClientFacts> when) {
        return new ReferenceRule(id, category, priority, category == SAFETY ? SafetyTier.URGENT : null,
                category == LOAD || category == PROGRAMMING, when);
    }

    private static ReferenceRule caution(String id, SafetyTier tier, Predicate<ClientFacts> when) {
        return new ReferenceRule(id, SAFETY, CAUTION, tier, false, when);
    }

    /** A rule whose {@code @addsLoad} differs from its category's default. */
    private static ReferenceRule rule(String id, Category category, Priority priority, boolean addsLoad,
                                      Predicate<ClientFacts> when) {
        return new ReferenceRule(id, category, priority, null, addsLoad, when);
    }
}
