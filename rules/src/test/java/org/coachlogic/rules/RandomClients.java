package org.coachlogic.rules;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

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

/** Valid clients drawn at random from a seed, each section and field present or unknown by chance. */
final class RandomClients {

    private final Random random;

    RandomClients(long seed) {
        this.random = new Random(seed);
    }

    ClientFacts next() {
        Client client = new Client(10 + random.nextInt(111), pick(Experience.values()),
                maybe(() -> pick(Occupation.values())),
                maybe(() -> new Sport(maybe(() -> "sport" + random.nextInt(5)), maybe(random::nextBoolean))),
                someOf(Condition.class, 0.1));
        return new ClientFacts(client, someOf(Goal.class, 0.25),
                maybe(() -> new Pain(maybe(() -> pick(PainRegion.values())), maybe(() -> random.nextInt(11)),
                        maybe(() -> random.nextInt(60)), maybe(() -> pick(PainTrend.values())),
                        maybe(random::nextBoolean), maybe(random::nextBoolean),
                        maybe(() -> pick(LegSymptoms.values())))),
                someOf(RedFlag.class, 0.05),
                maybe(() -> new Sleep(maybe(() -> random.nextInt(21) / 2.0 + 2))),
                maybe(() -> new Stress(maybe(() -> random.nextInt(11)))),
                maybe(() -> new Activity(maybe(() -> (double) random.nextInt(16)), maybe(() -> random.nextInt(6)),
                        maybe(() -> random.nextInt(4)), maybe(() -> random.nextInt(400)), maybe(random::nextBoolean))),
                maybe(() -> new Mindset(maybe(() -> random.nextInt(11)), maybe(random::nextBoolean),
                        maybe(() -> random.nextInt(53)))),
                maybe(() -> new Training(maybe(() -> (double) (random.nextInt(60) - 20)), maybe(random::nextBoolean),
                        maybe(random::nextBoolean))));
    }

    private <T> T maybe(java.util.function.Supplier<T> value) {
        return random.nextInt(3) == 0 ? null : value.get();
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
