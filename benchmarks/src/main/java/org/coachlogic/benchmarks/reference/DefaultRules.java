package org.coachlogic.benchmarks.reference;

import org.coachlogic.facts.Activity;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.StartBackRisk;
import org.coachlogic.facts.Condition;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Goal;
import org.coachlogic.facts.LegSymptoms;
import org.coachlogic.facts.Mindset;
import org.coachlogic.facts.Occupation;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.PainTrend;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Sport;
import org.coachlogic.facts.Stress;
import org.coachlogic.facts.Training;

/**
 * The decisions of the 41 default rules ({@code rules/src/main/resources/org/coachlogic/rules/**.drl}), one
 * method per rule id, written straight against the fact records. Where several DRL rules share an id, the
 * method is true when any of them would fire.
 *
 * <p>Each method mirrors its DRL conditions, with the engine's reading of unknown facts:
 * <ul>
 *   <li>a pattern on a section ({@code Pain(...)}) needs the section: a {@code null} section never matches;</li>
 *   <li>a comparison with an unknown ({@code null}) value is false, so {@code durationWeeks >= 4} is false
 *       when the duration is unknown;</li>
 *   <li>{@code x == true} is true only for a known true, and {@code x != true} is true for {@code null};</li>
 *   <li>{@code not Pattern(...)} is true when the section is absent;</li>
 *   <li>{@code from collect(...)} always matches (the list may be empty), so it never blocks a rule.</li>
 * </ul>
 */
final class DefaultRules {

    private DefaultRules() {
    }

    // ------------------------------------------------------------------------------------------ safety.drl

    /** {@code RedFlag(BLADDER_OR_BOWEL_CHANGE || SADDLE_NUMBNESS)}, or {@code Pain(legSymptoms == BOTH_SIDES)}. */
    static boolean caudaEquina(ClientFacts f) {
        return f.has(RedFlag.BLADDER_OR_BOWEL_CHANGE) || f.has(RedFlag.SADDLE_NUMBNESS)
                || f.pain() != null && f.pain().legSymptoms() == LegSymptoms.BOTH_SIDES;
    }

    static boolean progressiveWeakness(ClientFacts f) {
        return f.has(RedFlag.PROGRESSIVE_LEG_WEAKNESS);
    }

    /** {@code RedFlag(FEVER)}; the collected risk conditions only add reasons. */
    static boolean infection(ClientFacts f) {
        return f.has(RedFlag.FEVER);
    }

    static boolean fracture(ClientFacts f) {
        return f.has(RedFlag.SIGNIFICANT_TRAUMA);
    }

    static boolean fragilityFracture(ClientFacts f) {
        return acuteInjury(f.pain())
                && (f.client().has(Condition.OSTEOPOROSIS) || f.client().has(Condition.LONG_TERM_STEROIDS));
    }

    static boolean cancer(ClientFacts f) {
        return f.client().has(Condition.HISTORY_OF_CANCER) && f.has(RedFlag.UNEXPLAINED_WEIGHT_LOSS);
    }

    static boolean cancerHistory(ClientFacts f) {
        return f.client().has(Condition.HISTORY_OF_CANCER) && painReported(f.pain())
                && !f.has(RedFlag.UNEXPLAINED_WEIGHT_LOSS);
    }

    static boolean weightLoss(ClientFacts f) {
        return f.has(RedFlag.UNEXPLAINED_WEIGHT_LOSS) && !f.client().has(Condition.HISTORY_OF_CANCER);
    }

    static boolean neurologicalSigns(ClientFacts f) {
        return (f.has(RedFlag.LEG_NUMBNESS) || f.has(RedFlag.LEG_WEAKNESS)) && !f.has(RedFlag.PROGRESSIVE_LEG_WEAKNESS);
    }

    static boolean worseningDespiteRest(ClientFacts f) {
        return f.has(RedFlag.WORSENING_DESPITE_REST);
    }

    static boolean infectionRisk(ClientFacts f) {
        return (f.client().has(Condition.IMMUNOSUPPRESSED) || f.client().has(Condition.IV_DRUG_USE))
                && painReported(f.pain()) && !f.has(RedFlag.FEVER);
    }

    /** {@code Pain(durationWeeks >= 4, trend == STABLE || trend == WORSENING, intensity == null || intensity > 0)}. */
    static boolean noImprovement(ClientFacts f) {
        Pain pain = f.pain();
        return pain != null && atLeast(pain.durationWeeks(), 4)
                && (pain.trend() == PainTrend.STABLE || pain.trend() == PainTrend.WORSENING)
                && painReported(pain);
    }

    static boolean nightPain(ClientFacts f) {
        return f.pain() != null && isTrue(f.pain().nightPain());
    }

    static boolean oneSidedLegSymptoms(ClientFacts f) {
        return f.pain() != null && f.pain().legSymptoms() == LegSymptoms.ONE_SIDE
                && !f.has(RedFlag.PROGRESSIVE_LEG_WEAKNESS);
    }

    /** {@code Client(age > 50)}, {@code Pain(durationWeeks < 6, intensity == null || intensity > 0)}. */
    static boolean newOnsetOver50(ClientFacts f) {
        Pain pain = f.pain();
        return f.client().age() > 50 && pain != null && below(pain.durationWeeks(), 6) && painReported(pain);
    }

    static boolean acuteInjury(ClientFacts f) {
        return acuteInjury(f.pain());
    }

    // ---------------------------------------------------------------------------------------- activity.drl

    /** {@code Pain(intensity == null || intensity > 0, acuteInjury != true)}, {@code not Activity(stopped == true)}. */
    static boolean keepTraining(ClientFacts f) {
        Pain pain = f.pain();
        return painReported(pain) && !isTrue(pain.acuteInjury()) && !stoppedTraining(f.activity());
    }

    /** {@code Activity(stopped == true)}, {@code not Pain(acuteInjury == true)}. */
    static boolean avoidRest(ClientFacts f) {
        return stoppedTraining(f.activity()) && !acuteInjury(f.pain());
    }

    static boolean reduceSitting(ClientFacts f) {
        Activity activity = f.activity();
        return activity != null && atLeast(activity.sedentaryHoursPerDay(), 8.0);
    }

    static boolean aerobicTarget(ClientFacts f) {
        Activity activity = f.activity();
        return activity != null && below(activity.aerobicMinutesPerWeek(), 150);
    }

    static boolean strengthDays(ClientFacts f) {
        Activity activity = f.activity();
        return activity != null && below(activity.strengthSessionsPerWeek(), 2);
    }

    static boolean exerciseFirstLine(ClientFacts f) {
        Pain pain = f.pain();
        return pain != null && above(pain.durationWeeks(), 12) && painReported(pain);
    }

    static boolean noPassiveSupports(ClientFacts f) {
        return painReported(f.pain());
    }

    // -------------------------------------------------------------------------------------------- load.drl

    static boolean spike(ClientFacts f) {
        Training training = f.training();
        return training != null && above(training.loadIncreasePercentLastWeek(), 10.0);
    }

    /**
     * {@code Training(reps == true, load == null || load <= 10.0)}, {@code not Pain(trend == WORSENING)}; a red
     * flag withholds it through the safety policy, not here.
     */
    static boolean progressionReady(ClientFacts f) {
        Training training = f.training();
        return training != null && isTrue(training.repsAboveTargetLastTwoSessions())
                && (training.loadIncreasePercentLastWeek() == null || training.loadIncreasePercentLastWeek() <= 10.0)
                && !(f.pain() != null && f.pain().trend() == PainTrend.WORSENING);
    }

    /** {@code Activity(stopped == true || strengthSessionsPerWeek == 0)}. */
    static boolean gradualReturn(ClientFacts f) {
        Activity activity = f.activity();
        return activity != null && (isTrue(activity.stoppedTrainingBecauseOfPain())
                || equal(activity.strengthSessionsPerWeek(), 0));
    }

    // ----------------------------------------------------------------------------------------- mindset.drl

    static boolean fearOfMovement(ClientFacts f) {
        Mindset mindset = f.mindset();
        return mindset != null && atLeast(mindset.fearOfMovement(), 7);
    }

    static boolean fragileSpineBelief(ClientFacts f) {
        Mindset mindset = f.mindset();
        return mindset != null && isTrue(mindset.believesSpineIsFragile());
    }

    static boolean catastrophizing(ClientFacts f) {
        Mindset mindset = f.mindset();
        return mindset != null && atLeast(mindset.painCatastrophizingScore(), 30);
    }

    // ------------------------------------------------------------------------------------- screening.drl

    static boolean startBackRisk(ClientFacts f, StartBackRisk risk) {
        return f.screening() != null && f.screening().startBack() != null && f.screening().startBack().risk() == risk;
    }

    // ------------------------------------------------------------------------------------- programming.drl

    static boolean hypertrophy(ClientFacts f) {
        return f.has(Goal.HYPERTROPHY);
    }

    static boolean strength(ClientFacts f) {
        return f.has(Goal.STRENGTH);
    }

    static boolean athleticPerformance(ClientFacts f) {
        return f.has(Goal.ATHLETIC_PERFORMANCE);
    }

    static boolean pushSportBalance(ClientFacts f) {
        Sport sport = f.client().sport();
        return sport != null && isTrue(sport.pushDominant());
    }

    /** Two DRL rules: {@code Goal(POSTURE)}, or {@code Client(occupation == DESK)}. */
    static boolean postureBackAndCore(ClientFacts f) {
        return f.has(Goal.POSTURE) || f.client().occupation() == Occupation.DESK;
    }

    static boolean injuryPreventionAndRehab(ClientFacts f) {
        return f.has(Goal.INJURY_PREVENTION) || f.has(Goal.REHABILITATION);
    }

    static boolean beginnerMachinesAndFloor(ClientFacts f) {
        return f.client().experience() == Experience.NOVICE;
    }

    static boolean weeklyBackDay(ClientFacts f) {
        Activity activity = f.activity();
        return activity != null && equal(activity.backSessionsPerWeek(), 0);
    }

    // ---------------------------------------------------------------------------------------- recovery.drl

    static boolean shortSleep(ClientFacts f) {
        Sleep sleep = f.sleep();
        return sleep != null && below(sleep.hoursPerNight(), 7.0);
    }

    static boolean highStress(ClientFacts f) {
        Stress stress = f.stress();
        return stress != null && atLeast(stress.level(), 7);
    }

    // --------------------------------------------------------------------------------------- technique.drl

    /** {@code Client(experience == NOVICE)}; the collected uncoached training only adds a reason. */
    static boolean learnTheLifts(ClientFacts f) {
        return f.client().experience() == Experience.NOVICE;
    }

    /** {@code Client(experience != NOVICE)}, {@code Training(techniqueCoached == false)}. */
    static boolean getCoaching(ClientFacts f) {
        Training training = f.training();
        return f.client().experience() != Experience.NOVICE && training != null
                && Boolean.FALSE.equals(training.techniqueCoached());
    }

    // ------------------------------------------------------------------------- shared conditions, null-safe

    /** {@code Pain(intensity == null || intensity > 0)}: false when there is no pain section. */
    private static boolean painReported(Pain pain) {
        return pain != null && (pain.intensity() == null || pain.intensity() > 0);
    }

    /** {@code Pain(acuteInjury == true)}. */
    private static boolean acuteInjury(Pain pain) {
        return pain != null && isTrue(pain.acuteInjury());
    }

    /** {@code Activity(stoppedTrainingBecauseOfPain == true)}. */
    private static boolean stoppedTraining(Activity activity) {
        return activity != null && isTrue(activity.stoppedTrainingBecauseOfPain());
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static boolean equal(Integer value, int bound) {
        return value != null && value == bound;
    }

    private static boolean atLeast(Integer value, int bound) {
        return value != null && value >= bound;
    }

    private static boolean above(Integer value, int bound) {
        return value != null && value > bound;
    }

    private static boolean below(Integer value, int bound) {
        return value != null && value < bound;
    }

    private static boolean atLeast(Double value, double bound) {
        return value != null && value >= bound;
    }

    private static boolean above(Double value, double bound) {
        return value != null && value > bound;
    }

    private static boolean below(Double value, double bound) {
        return value != null && value < bound;
    }
}
