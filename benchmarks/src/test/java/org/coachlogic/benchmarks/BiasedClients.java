package org.coachlogic.benchmarks;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Bothersomeness;
import org.coachlogic.facts.Screening;
import org.coachlogic.facts.StartBack;
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
 * Valid clients drawn at random from a seed, biased towards what the rules test: each section and field is
 * unknown now and then, numbers fall on or next to the rules' thresholds half of the time (7.0 h of sleep,
 * stress 7, age 50 and 51, 4, 6, 12 and 13 weeks, a 10% load increase...) and anywhere in their valid range
 * otherwise, and red flags and conditions are rare enough that most clients get advice outside SAFETY.
 */
final class BiasedClients {

    private final Random random;

    BiasedClients(long seed) {
        this.random = new Random(seed);
    }

    ClientFacts next() {
        Client client = new Client(
                near(random.nextInt(111) + 10, 10, 49, 50, 51, 52, 120),
                pick(Experience.values()),
                maybe(() -> pick(Occupation.values())),
                section(() -> new Sport(maybe(() -> "sport" + random.nextInt(5)), maybe(random::nextBoolean))),
                someOf(Condition.class, 0.08));
        Set<Goal> goals = someOf(Goal.class, 0.2);
        Pain pain = section(() -> new Pain(
                maybe(() -> pick(PainRegion.values())),
                maybe(() -> near(random.nextInt(11), 0, 1, 10)),
                maybe(() -> near(random.nextInt(60), 0, 3, 4, 5, 6, 7, 11, 12, 13, 520)),
                maybe(() -> pick(PainTrend.values())),
                maybe(random::nextBoolean),
                maybe(() -> random.nextInt(4) == 0),
                maybe(() -> pick(LegSymptoms.values()))));
        // Rarer than the other lists: each red flag here is worth a whole client without any.
        Set<RedFlag> redFlags = random.nextInt(3) == 0 ? someOf(RedFlag.class, 0.15) : Set.of();
        Sleep sleep = section(() -> new Sleep(maybe(() -> near(random.nextInt(97) / 4.0, 0.0, 6.5, 6.99, 7.0, 7.01,
                7.5, 24.0))));
        Stress stress = section(() -> new Stress(maybe(() -> near(random.nextInt(11), 0, 6, 7, 8, 10))));
        Activity activity = section(() -> new Activity(
                maybe(() -> near(random.nextInt(49) / 2.0, 0.0, 7.5, 7.99, 8.0, 8.01, 24.0)),
                maybe(() -> near(random.nextInt(22), 0, 1, 2, 3, 21)),
                maybe(() -> near(random.nextInt(22), 0, 1, 21)),
                maybe(() -> near(random.nextInt(400), 0, 149, 150, 151, 10080)),
                maybe(random::nextBoolean)));
        Mindset mindset = section(() -> new Mindset(
                maybe(() -> near(random.nextInt(11), 0, 6, 7, 8, 10)),
                maybe(random::nextBoolean),
                maybe(() -> near(random.nextInt(53), 0, 29, 30, 31, 52))));
        Training training = section(() -> new Training(
                maybe(() -> near(random.nextInt(81) - 20.0, -100.0, 9.99, 10.0, 10.01, 11.0, 1000.0)),
                maybe(random::nextBoolean),
                maybe(random::nextBoolean)));
        Screening screening = random.nextInt(3) == 0 ? null : new Screening(section(() -> new StartBack(
                java.util.stream.IntStream.range(0, 8).mapToObj(i -> random.nextBoolean()).toList(),
                pick(Bothersomeness.values()))));
        return new ClientFacts(client, goals, pain, redFlags, sleep, stress, activity, mindset, training, screening);
    }

    /** A section, absent a quarter of the time. */
    private <T> T section(Supplier<T> value) {
        return random.nextInt(4) == 0 ? null : value.get();
    }

    /** A field, unknown a fifth of the time. */
    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(5) == 0 ? null : value.get();
    }

    /** One of the boundary values half of the time, otherwise the value drawn from the whole range. */
    @SafeVarargs
    private <T> T near(T anywhere, T... boundaries) {
        return random.nextBoolean() ? boundaries[random.nextInt(boundaries.length)] : anywhere;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> Set<E> someOf(Class<E> type, double chance) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextDouble() < chance) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
