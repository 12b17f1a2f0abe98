package org.coachlogic.rules;

import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
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
 * Valid clients for properties: every section and every field of the contract, each known or unknown,
 * over its whole range. jqwik adds the edge cases itself (the bounds of each range, empty and full sets,
 * all unknown), and the rules' thresholds are drawn often enough to sit on both sides of each.
 */
final class ClientArbitraries {

    /** How often a field is unknown. */
    private static final double UNKNOWN = 0.25;

    private ClientArbitraries() {
    }

    static Arbitrary<ClientFacts> clients() {
        Arbitrary<ClientFacts> core = Combinators.combine(client(), Arbitraries.subsetOf(Goal.values()), pain(),
                        few(RedFlag.values()))
                .as((client, goals, pain, redFlags) -> ClientFacts.of(client).withGoals(goals).withPain(pain)
                        .withRedFlags(redFlags));
        return Combinators.combine(core, sleep(), stress(), activity(), mindset(), training())
                .as((facts, sleep, stress, activity, mindset, training) -> facts.withSleep(sleep).withStress(stress)
                        .withActivity(activity).withMindset(mindset).withTraining(training));
    }

    static Arbitrary<Client> client() {
        return Combinators.combine(
                        Arbitraries.integers().between(Client.MIN_AGE, Client.MAX_AGE),
                        Arbitraries.of(Experience.class),
                        Arbitraries.of(Occupation.class).injectNull(UNKNOWN),
                        sport().injectNull(UNKNOWN),
                        few(Condition.values()))
                .as(Client::new);
    }

    static Arbitrary<Sport> sport() {
        Arbitrary<String> name = Arbitraries.strings().alpha().numeric().withChars(" -'\u00e4\u00df\u00e9\u0436\u4e2d")
                .ofMaxLength(Sport.MAX_NAME_LENGTH);
        return Combinators.combine(name.injectNull(UNKNOWN), bool()).as(Sport::new);
    }

    static Arbitrary<Pain> pain() {
        return Combinators.combine(
                        Arbitraries.of(PainRegion.class).injectNull(UNKNOWN),
                        whole(0, 10),
                        whole(0, 520),
                        Arbitraries.of(PainTrend.class).injectNull(UNKNOWN),
                        bool(),
                        bool(),
                        Arbitraries.of(LegSymptoms.class).injectNull(UNKNOWN))
                .as(Pain::new)
                .injectNull(UNKNOWN);
    }

    static Arbitrary<Sleep> sleep() {
        return number(0, 24).map(Sleep::new).injectNull(UNKNOWN);
    }

    static Arbitrary<Stress> stress() {
        return whole(0, 10).map(Stress::new).injectNull(UNKNOWN);
    }

    static Arbitrary<Activity> activity() {
        return Combinators.combine(number(0, 24), whole(0, 21), whole(0, 21), whole(0, 10_080), bool())
                .as(Activity::new)
                .injectNull(UNKNOWN);
    }

    static Arbitrary<Mindset> mindset() {
        return Combinators.combine(whole(0, 10), bool(), whole(0, 52)).as(Mindset::new).injectNull(UNKNOWN);
    }

    static Arbitrary<Training> training() {
        return Combinators.combine(number(-100, 1000), bool(), bool()).as(Training::new).injectNull(UNKNOWN);
    }

    /**
     * Usually none, else a few: most people report no red flag, and a client with many has an urgent one,
     * which withholds everything the other properties look at.
     */
    @SafeVarargs
    private static <E extends Enum<E>> Arbitrary<Set<E>> few(E... values) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Set.of())),
                Tuple.of(1, Arbitraries.subsetOf(values).ofMinSize(1).ofMaxSize(2)),
                Tuple.of(1, Arbitraries.subsetOf(values)));
    }

    /** A whole number in range, often a small one (where most thresholds are), or unknown. */
    private static Arbitrary<Integer> whole(int min, int max) {
        Arbitrary<Integer> any = Arbitraries.integers().between(min, max);
        Arbitrary<Integer> small = Arbitraries.integers().between(min, Math.min(max, Math.max(min, 0) + 60));
        return Arbitraries.oneOf(any, small).injectNull(UNKNOWN);
    }

    /** A number in range with up to two decimals, often a whole one, or unknown. */
    private static Arbitrary<Double> number(double min, double max) {
        Arbitrary<Double> decimal = Arbitraries.doubles().between(min, max).ofScale(2);
        Arbitrary<Double> whole = Arbitraries.integers().between((int) Math.max(min, -20), (int) Math.min(max, 40))
                .map(i -> (double) i);
        return Arbitraries.oneOf(decimal, whole).injectNull(UNKNOWN);
    }

    private static Arbitrary<Boolean> bool() {
        return Arbitraries.of(true, false).injectNull(UNKNOWN);
    }
}
