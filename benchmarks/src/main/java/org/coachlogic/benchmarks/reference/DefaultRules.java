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
import org.coachlogic.facts.PainRegion;
import org.coachlogic.facts.PainTrend;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Sport;
import org.coachlogic.facts.Stress;
import org.coachlogic.facts.Training;

/**
 * The decisions of the default rules ({@code rules/src/main/resources/org/coachlogic/rules/**.drl}), one
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

    /** Bladder, bowel or saddle signs; or symptoms in both legs unless long-standing, stable and without numbness or weakness. */
    static boolean caudaEquina(ClientFacts f) {
        return f.has(RedFlag.BLADDER_OR_BOWEL_CHANGE) || f.has(RedFlag.SADDLE_NUMBNESS) || bothLegsUrgent(f);
    }

    static boolean progressiveWeakness(ClientFacts f) {
        return f.has(RedFlag.PROGRESSIVE_LEG_WEAKNESS);
    }

    /** {@code RedFlag(FEVER)}; the collected risk conditions only add reasons. */
    static boolean infection(ClientFacts f) {
        return f.has(RedFlag.FEVER);
    }

    /** Significant trauma with pain that started recently, or at an unknown time. */
    static boolean fracture(ClientFacts f) {
        return f.has(RedFlag.SIGNIFICANT_TRAUMA) && recent(f.pain());
    }

    static boolean fragilityFracture(ClientFacts f) {
        return recentAcuteInjury(f.pain()) && thinBones(f);
    }

    /** A history of cancer with a feature of spinal metastases, or with nerve symptoms. */
    static boolean cancer(ClientFacts f) {
        return f.client().has(Condition.HISTORY_OF_CANCER) && (metastasisFeature(f) || neurological(f));
    }

    /** At least 3 malignancy or fracture indicators, pain reported, no history of cancer. */
    static boolean seriousPathologyCluster(ClientFacts f) {
        return !f.client().has(Condition.HISTORY_OF_CANCER) && painReported(f.pain()) && indicators(f) >= CLUSTER_COUNT;
    }

    static boolean cancerHistory(ClientFacts f) {
        return f.client().has(Condition.HISTORY_OF_CANCER) && painReported(f.pain()) && !cancer(f);
    }

    static boolean weightLoss(ClientFacts f) {
        return f.has(RedFlag.UNEXPLAINED_WEIGHT_LOSS) && !f.client().has(Condition.HISTORY_OF_CANCER)
                && !seriousPathologyCluster(f);
    }

    static boolean neurologicalSigns(ClientFacts f) {
        return (f.has(RedFlag.LEG_NUMBNESS) || f.has(RedFlag.LEG_WEAKNESS)) && !f.has(RedFlag.PROGRESSIVE_LEG_WEAKNESS)
                && !caudaEquina(f) && !cancer(f);
    }

    static boolean worseningDespiteRest(ClientFacts f) {
        return f.has(RedFlag.WORSENING_DESPITE_REST) && !cancer(f) && !seriousPathologyCluster(f);
    }

    static boolean infectionRisk(ClientFacts f) {
        return (f.client().has(Condition.IMMUNOSUPPRESSED) || f.client().has(Condition.IV_DRUG_USE))
                && painReported(f.pain()) && !f.has(RedFlag.FEVER);
    }

    /** Pain for 4 weeks or more that is worsening, or stable for no more than 12 weeks. */
    static boolean noImprovement(ClientFacts f) {
        Pain pain = f.pain();
        return pain != null && atLeast(pain.durationWeeks(), 4) && painReported(pain)
                && (pain.trend() == PainTrend.WORSENING
                    || pain.trend() == PainTrend.STABLE && pain.durationWeeks() <= 12);
    }

    static boolean nightPain(ClientFacts f) {
        return f.pain() != null && isTrue(f.pain().nightPain()) && !cancer(f) && !seriousPathologyCluster(f);
    }

    static boolean oneSidedLegSymptoms(ClientFacts f) {
        return f.pain() != null && f.pain().legSymptoms() == LegSymptoms.ONE_SIDE
                && !f.has(RedFlag.PROGRESSIVE_LEG_WEAKNESS) && !cancer(f);
    }

    static boolean bothLegsLongStanding(ClientFacts f) {
        return f.pain() != null && f.pain().legSymptoms() == LegSymptoms.BOTH_SIDES && !caudaEquina(f) && !cancer(f);
    }

    static boolean newOnsetOver50(ClientFacts f) {
        return newOnsetOver(f) && !cancer(f) && !seriousPathologyCluster(f);
    }

    static boolean acuteInjury(ClientFacts f) {
        return recentAcuteInjury(f.pain()) && !thinBones(f);
    }

    static boolean pastInjury(ClientFacts f) {
        Pain pain = f.pain();
        return pain != null && isTrue(pain.acuteInjury()) && atLeast(pain.durationWeeks(), ACUTE_WEEKS);
    }

    static boolean pastTrauma(ClientFacts f) {
        return f.has(RedFlag.SIGNIFICANT_TRAUMA) && f.pain() != null && atLeast(f.pain().durationWeeks(), ACUTE_WEEKS);
    }

    static boolean suspectedFragilityFracture(ClientFacts f) {
        Pain pain = f.pain();
        return thinBones(f) && painReported(pain) && !isTrue(pain.acuteInjury()) && recent(pain)
                && !f.has(RedFlag.SIGNIFICANT_TRAUMA) && !seriousPathologyCluster(f);
    }

    static boolean under20(ClientFacts f) {
        return f.client().age() < 20 && painReported(f.pain());
    }

    // ---------------------------------------------------------------------------------------- activity.drl

    /** Pain reported, not persistent, no injury in the last 6 weeks, training not stopped. */
    static boolean keepTraining(ClientFacts f) {
        Pain pain = f.pain();
        return painReported(pain) && (pain.durationWeeks() == null || pain.durationWeeks() <= 12)
                && !recentAcuteInjury(pain) && !stoppedTraining(f.activity());
    }

    static boolean avoidRest(ClientFacts f) {
        return stoppedTraining(f.activity()) && !recentAcuteInjury(f.pain());
    }

    static boolean reduceSitting(ClientFacts f) {
        Activity activity = f.activity();
        return activity != null && activity.sedentaryHoursPerDay() != null && tenths(activity.sedentaryHoursPerDay()) >= 8.0;
    }

    static boolean aerobicTarget(ClientFacts f) {
        Activity activity = f.activity();
        return adult(f) && activity != null && below(activity.aerobicMinutesPerWeek(), 150);
    }

    static boolean strengthDays(ClientFacts f) {
        Activity activity = f.activity();
        return adult(f) && activity != null && below(activity.strengthSessionsPerWeek(), 2);
    }

    static boolean youthTargets(ClientFacts f) {
        Activity activity = f.activity();
        return !adult(f) && activity != null
                && (below(activity.aerobicMinutesPerWeek(), 420) || below(activity.strengthSessionsPerWeek(), 3));
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
        return training != null && training.loadIncreasePercentLastWeek() != null
                && tenths(training.loadIncreasePercentLastWeek()) > 10.0;
    }

    /** Reps above target, no spike, pain not worsening, not after stopping, and no gradual start advised. */
    static boolean progressionReady(ClientFacts f) {
        Training training = f.training();
        return training != null && isTrue(training.repsAboveTargetLastTwoSessions())
                && (training.loadIncreasePercentLastWeek() == null || tenths(training.loadIncreasePercentLastWeek()) <= 10.0)
                && !(f.pain() != null && f.pain().trend() == PainTrend.WORSENING)
                && !stoppedTraining(f.activity()) && !gradualReturn(f);
    }

    /** Not after stopping; no strength sessions, or a novice who sits 8 hours or more. */
    static boolean gradualReturn(ClientFacts f) {
        Activity activity = f.activity();
        return activity != null && !stoppedTraining(activity)
                && (equal(activity.strengthSessionsPerWeek(), 0)
                    || f.client().experience() == Experience.NOVICE && activity.sedentaryHoursPerDay() != null
                       && tenths(activity.sedentaryHoursPerDay()) >= 8.0);
    }

    // ----------------------------------------------------------------------------------------- mindset.drl

    static boolean fearOfMovement(ClientFacts f) {
        Mindset mindset = f.mindset();
        return mindset != null && atLeast(mindset.fearOfMovement(), 7) && !startBackRisk(f, StartBackRisk.HIGH);
    }

    static boolean fragileSpineBelief(ClientFacts f) {
        Mindset mindset = f.mindset();
        return mindset != null && isTrue(mindset.believesSpineIsFragile()) && !assessFirst(f)
                && !startBackRisk(f, StartBackRisk.HIGH);
    }

    static boolean catastrophizing(ClientFacts f) {
        Mindset mindset = f.mindset();
        return mindset != null && atLeast(mindset.painCatastrophizingScore(), 30) && !startBackRisk(f, StartBackRisk.HIGH);
    }

    // ------------------------------------------------------------------------------------- screening.drl

    /** The risk group, when no safety rule fires: the tool applies once red flags are excluded. */
    static boolean startBackRisk(ClientFacts f, StartBackRisk risk) {
        return f.screening() != null && f.screening().startBack() != null && f.screening().startBack().risk() == risk
                && !anySafety(f);
    }

    // ------------------------------------------------------------------------------------- programming.drl

    static boolean hypertrophy(ClientFacts f) {
        return adult(f) && f.has(Goal.HYPERTROPHY);
    }

    static boolean strength(ClientFacts f) {
        return adult(f) && f.client().experience() != Experience.NOVICE && f.has(Goal.STRENGTH);
    }

    static boolean athleticPerformance(ClientFacts f) {
        return adult(f) && f.has(Goal.ATHLETIC_PERFORMANCE);
    }

    static boolean youthStrength(ClientFacts f) {
        return !adult(f) && (f.has(Goal.STRENGTH) || f.has(Goal.HYPERTROPHY) || f.has(Goal.ATHLETIC_PERFORMANCE));
    }

    /** Not where the activity is known to fall short of the adult targets (those rules give them). */
    static boolean generalHealth(ClientFacts f) {
        Activity activity = f.activity();
        return adult(f) && f.has(Goal.GENERAL_HEALTH)
                && !(activity != null && (below(activity.aerobicMinutesPerWeek(), 150) || below(activity.strengthSessionsPerWeek(), 2)));
    }

    static boolean pushSportBalance(ClientFacts f) {
        Sport sport = f.client().sport();
        return sport != null && isTrue(sport.pushDominant());
    }

    /** Two DRL rules: {@code Goal(POSTURE)}, or {@code Client(occupation == DESK)}. */
    static boolean postureBackAndCore(ClientFacts f) {
        return f.has(Goal.POSTURE) || f.client().occupation() == Occupation.DESK
                && !f.has(Goal.INJURY_PREVENTION) && !f.has(Goal.REHABILITATION);
    }

    static boolean injuryPreventionAndRehab(ClientFacts f) {
        return f.has(Goal.INJURY_PREVENTION) || f.has(Goal.REHABILITATION);
    }

    static boolean beginnerMachinesAndFloor(ClientFacts f) {
        return f.client().experience() == Experience.NOVICE;
    }

    static boolean weeklyBackDay(ClientFacts f) {
        Activity activity = f.activity();
        return adult(f) && f.client().experience() != Experience.NOVICE && activity != null
                && equal(activity.backSessionsPerWeek(), 0)
                && (activity.strengthSessionsPerWeek() == null || activity.strengthSessionsPerWeek() >= 2);
    }

    // ---------------------------------------------------------------------------------------- recovery.drl

    static boolean shortSleep(ClientFacts f) {
        Sleep sleep = f.sleep();
        return sleep != null && sleep.hoursPerNight() != null && tenths(sleep.hoursPerNight()) < 7.0;
    }

    static boolean highStress(ClientFacts f) {
        Stress stress = f.stress();
        return stress != null && atLeast(stress.level(), 7);
    }

    // --------------------------------------------------------------------------------------- technique.drl

    /** {@code Client(experience == NOVICE)}; the collected training only adds reasons. */
    static boolean learnTheLifts(ClientFacts f) {
        return f.client().experience() == Experience.NOVICE;
    }

    /** {@code Client(experience != NOVICE)}, {@code Training(techniqueCoached == false)}. */
    static boolean getCoaching(ClientFacts f) {
        Training training = f.training();
        return f.client().experience() != Experience.NOVICE && training != null
                && Boolean.FALSE.equals(training.techniqueCoached());
    }

    // ------------------------------------------------------------------- triage by combination, time and age

    private static final int ACUTE_WEEKS = 6;
    private static final int CLUSTER_COUNT = 3;

    /** Whether any safety rule fires, written as the disjunction of every safety method. */
    private static boolean anySafety(ClientFacts f) {
        return caudaEquina(f) || progressiveWeakness(f) || infection(f) || fracture(f) || fragilityFracture(f)
                || cancer(f) || seriousPathologyCluster(f) || cancerHistory(f) || weightLoss(f) || neurologicalSigns(f)
                || worseningDespiteRest(f) || infectionRisk(f) || noImprovement(f) || nightPain(f)
                || oneSidedLegSymptoms(f) || bothLegsLongStanding(f) || newOnsetOver50(f) || acuteInjury(f)
                || pastInjury(f) || pastTrauma(f) || suspectedFragilityFracture(f) || under20(f);
    }

    /** Whether a safety caution of tier assess fires. */
    private static boolean assessFirst(ClientFacts f) {
        return cancerHistory(f) || weightLoss(f) || neurologicalSigns(f) || worseningDespiteRest(f) || infectionRisk(f)
                || nightPain(f) || acuteInjury(f) || pastTrauma(f) || suspectedFragilityFracture(f) || under20(f);
    }

    private static boolean adult(ClientFacts f) {
        return f.client().age() >= 18;
    }

    /** Unknown pain, unknown duration, or under 6 weeks. */
    private static boolean recent(Pain pain) {
        return pain == null || pain.durationWeeks() == null || pain.durationWeeks() < ACUTE_WEEKS;
    }

    /** Known to last 6 weeks or more, and known stable or improving. */
    private static boolean settled(Pain pain) {
        return pain != null && !recent(pain) && (pain.trend() == PainTrend.STABLE || pain.trend() == PainTrend.IMPROVING);
    }

    private static boolean legNumbOrWeak(ClientFacts f) {
        return f.has(RedFlag.LEG_NUMBNESS) || f.has(RedFlag.LEG_WEAKNESS) || f.has(RedFlag.PROGRESSIVE_LEG_WEAKNESS);
    }

    private static boolean bothLegsUrgent(ClientFacts f) {
        Pain pain = f.pain();
        return pain != null && pain.legSymptoms() == LegSymptoms.BOTH_SIDES && (!settled(pain) || legNumbOrWeak(f));
    }

    private static boolean neurological(ClientFacts f) {
        Pain pain = f.pain();
        return legNumbOrWeak(f) || f.has(RedFlag.BLADDER_OR_BOWEL_CHANGE) || f.has(RedFlag.SADDLE_NUMBNESS)
                || pain != null && (pain.legSymptoms() == LegSymptoms.ONE_SIDE || pain.legSymptoms() == LegSymptoms.BOTH_SIDES)
                   && !settled(pain);
    }

    private static boolean metastasisFeature(ClientFacts f) {
        Pain pain = f.pain();
        return f.has(RedFlag.UNEXPLAINED_WEIGHT_LOSS) || f.has(RedFlag.WORSENING_DESPITE_REST)
                || pain != null && (isTrue(pain.nightPain()) || pain.trend() == PainTrend.WORSENING)
                || painReported(pain) && (pain.region() == PainRegion.MID_BACK || pain.region() == PainRegion.UPPER_BACK);
    }

    private static boolean newOnsetOver(ClientFacts f) {
        Pain pain = f.pain();
        return f.client().age() > 50 && painReported(pain) && below(pain.durationWeeks(), ACUTE_WEEKS);
    }

    private static int indicators(ClientFacts f) {
        Pain pain = f.pain();
        int count = newOnsetOver(f) ? 1 : 0;
        count += pain != null && isTrue(pain.nightPain()) ? 1 : 0;
        count += f.has(RedFlag.UNEXPLAINED_WEIGHT_LOSS) ? 1 : 0;
        count += f.has(RedFlag.WORSENING_DESPITE_REST) ? 1 : 0;
        count += thinBones(f) ? 1 : 0;
        return count;
    }

    private static boolean thinBones(ClientFacts f) {
        return f.client().has(Condition.OSTEOPOROSIS) || f.client().has(Condition.LONG_TERM_STEROIDS);
    }

    private static boolean recentAcuteInjury(Pain pain) {
        return pain != null && isTrue(pain.acuteInjury()) && recent(pain);
    }

    /** A value rounded to one decimal, as the rules compare and print it. */
    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    // ------------------------------------------------------------------------- shared conditions, null-safe

    /** {@code Pain(intensity == null || intensity > 0)}: false when there is no pain section. */
    private static boolean painReported(Pain pain) {
        return pain != null && (pain.intensity() == null || pain.intensity() > 0);
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
