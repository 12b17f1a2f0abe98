package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apiguardian.api.API;
import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Bothersomeness;
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
import org.coachlogic.facts.Screening;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Sport;
import org.coachlogic.facts.StartBack;
import org.coachlogic.facts.Stress;
import org.coachlogic.facts.Training;

/**
 * Valid client facts drawn at random: the one client generator behind {@code coach generate}, the benchmarks,
 * and the property, concurrency and differential tests. Every section and every field of the input contract
 * is drawn, each now and then unknown; red flags and conditions are rare but present.
 *
 * <p>Two mixes share the fields, ranges and thresholds:
 * <ul>
 *   <li>{@link #population(long)}: a realistic population, for {@code coach generate} and the batch
 *       benchmarks. Ages mostly 18 to 75, sleep around seven hours, pain in two of three clients, about one
 *       client in twenty with a red flag, one in four with a STarT Back screening; a value lands on a rule
 *       threshold or anywhere in its valid range now and then, so that every rule fires in a large
 *       population.</li>
 *   <li>{@link #thresholds(long)}: for tests that compare or check advice. Numbers fall on or next to the
 *       rules' thresholds half of the time (7.0 h of sleep, stress 7, age 50 and 51, 4, 6, 12 and 13 weeks,
 *       a 10% load increase...) and anywhere in their valid range otherwise; a section is absent a quarter of
 *       the time and a field unknown a fifth; one client in three reports red flags.</li>
 * </ul>
 *
 * <p>The same seed gives the same clients on every JVM ({@link Random}'s algorithm is specified). A
 * generator is not thread-safe; give each thread its own.
 * <pre>{@code
 * ClientGenerator clients = ClientGenerator.population(42);
 * for (int i = 0; i < 1_000; i++) {
 *     Advice advice = engine.evaluate(clients.next());
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ClientGenerator {

    /** Sport names as people type them: plain, with umlauts, accents and other scripts. */
    private static final List<String> SPORTS = List.of("running", "cycling", "swimming", "powerlifting",
            "weightlifting", "CrossFit", "bouldering", "tennis", "football", "rowing", "yoga", "Pilates", "golf",
            "boxing", "Fußball", "Kraftsport", "Schwimmen", "ski de randonnée", "judo 柔道", "теннис", "kendō");

    private final RandomGenerator random;
    private final boolean realistic;

    private ClientGenerator(RandomGenerator random, boolean realistic) {
        this.random = Objects.requireNonNull(random, "random");
        this.realistic = realistic;
    }

    /** A realistic population from this seed; see the class description. */
    public static ClientGenerator population(long seed) {
        return new ClientGenerator(new Random(seed), true);
    }

    /** Clients biased towards the rules' thresholds, from this seed; see the class description. */
    public static ClientGenerator thresholds(long seed) {
        return thresholds(new Random(seed));
    }

    /**
     * Clients biased towards the rules' thresholds, drawn from {@code random}; for property-testing
     * libraries that hand out their own source of randomness.
     */
    public static ClientGenerator thresholds(RandomGenerator random) {
        return new ClientGenerator(random, false);
    }

    /** The next client. */
    public ClientFacts next() {
        return realistic ? nextInPopulation() : nextNearThresholds();
    }

    /** The next {@code count} clients, drawn as the stream is consumed. */
    public Stream<ClientFacts> stream(long count) {
        return Stream.generate(this::next).limit(count);
    }

    // ---- a realistic population ----

    private ClientFacts nextInPopulation() {
        Client client = new Client(
                value(() -> clamp(18 + (int) Math.round(Math.abs(random.nextGaussian()) * 22), 10, 120),
                        () -> random.nextInt(Client.MIN_AGE, Client.MAX_AGE + 1), 49, 50, 51, 52),
                weighted(Experience.values(), 5, 3, 2),
                unknownNowAndThen(() -> weighted(Occupation.values(), 45, 20, 25, 10)),
                random.nextInt(5) < 2 ? new Sport(unknownNowAndThen(this::sportName),
                        unknownNowAndThen(() -> random.nextInt(3) == 0)) : null,
                someOf(Condition.class, 0.02));
        Set<Goal> goals = someOf(Goal.class, 0.25);
        Pain pain = random.nextInt(3) == 0 ? null : new Pain(
                unknownNowAndThen(() -> weighted(PainRegion.values(), 6, 1, 2, 2)),
                unknownNowAndThen(() -> value(() -> clamp(1 + (int) Math.round(Math.abs(random.nextGaussian()) * 3), 0, 10),
                        () -> random.nextInt(11), 0, 1, 10)),
                unknownNowAndThen(() -> value(() -> clamp((int) Math.round(Math.exp(random.nextDouble() * 5)) - 1, 0, 520),
                        () -> random.nextInt(521), 3, 4, 5, 6, 7, 11, 12, 13)),
                unknownNowAndThen(() -> weighted(PainTrend.values(), 4, 4, 1)),
                unknownNowAndThen(() -> random.nextInt(10) == 0),
                unknownNowAndThen(() -> random.nextInt(12) == 0),
                unknownNowAndThen(() -> weighted(LegSymptoms.values(), 15, 4, 1)));
        Set<RedFlag> redFlags = random.nextInt(20) == 0 ? oneOrTwo(RedFlag.values()) : Set.of();
        Sleep sleep = presentMostly(() -> new Sleep(unknownNowAndThen(() -> value(
                () -> clampD(Math.round((7 + random.nextGaussian() * 1.2) * 4) / 4.0, 0, 24),
                () -> random.nextInt(97) / 4.0, 6.5, 6.99, 7.0, 7.01))));
        Stress stress = presentMostly(() -> new Stress(unknownNowAndThen(() -> value(
                () -> clamp((int) Math.round(5 + random.nextGaussian() * 2), 0, 10),
                () -> random.nextInt(11), 6, 7, 8))));
        Activity activity = presentMostly(() -> new Activity(
                unknownNowAndThen(() -> value(() -> clampD(Math.round((7 + random.nextGaussian() * 2.5) * 2) / 2.0, 0, 24),
                        () -> random.nextInt(49) / 2.0, 7.5, 7.99, 8.0, 8.01)),
                unknownNowAndThen(() -> value(() -> weighted(new Integer[] {0, 1, 2, 3, 4, 5, 6}, 30, 15, 20, 18, 10, 5, 2),
                        () -> random.nextInt(22), 0, 1, 2, 3)),
                unknownNowAndThen(() -> value(() -> weighted(new Integer[] {0, 1, 2, 3}, 55, 25, 15, 5),
                        () -> random.nextInt(22), 0, 1)),
                unknownNowAndThen(() -> value(() -> clamp((int) Math.round(Math.abs(random.nextGaussian()) * 150), 0, 10_080),
                        () -> random.nextInt(10_081), 149, 150, 151)),
                unknownNowAndThen(() -> random.nextInt(10) == 0)));
        Mindset mindset = random.nextInt(2) == 0 ? null : new Mindset(
                unknownNowAndThen(() -> value(() -> clamp((int) Math.round(3 + random.nextGaussian() * 2.5), 0, 10),
                        () -> random.nextInt(11), 6, 7, 8)),
                unknownNowAndThen(() -> random.nextInt(6) == 0),
                unknownNowAndThen(() -> value(() -> clamp((int) Math.round(14 + random.nextGaussian() * 9), 0, 52),
                        () -> random.nextInt(53), 29, 30, 31)));
        Training training = random.nextInt(2) == 0 ? null : new Training(
                unknownNowAndThen(() -> value(() -> Math.round((4 + random.nextGaussian() * 6) * 10) / 10.0,
                        () -> random.nextInt(1101) - 100.0, 9.99, 10.0, 10.01, 11.0)),
                unknownNowAndThen(() -> random.nextInt(5) < 3),
                unknownNowAndThen(() -> random.nextInt(10) < 3));
        Screening screening = random.nextInt(4) == 0 ? new Screening(startBack()) : null;
        return new ClientFacts(client, goals, pain, redFlags, sleep, stress, activity, mindset, training, screening);
    }

    /**
     * Mostly a realistic value; one time in twenty a rule threshold, one in thirty anywhere in the valid
     * range, so that a large population reaches every rule.
     */
    @SafeVarargs
    private <T> T value(Supplier<T> typical, Supplier<T> anywhere, T... thresholds) {
        int roll = random.nextInt(60);
        if (roll < 3) {
            return thresholds[random.nextInt(thresholds.length)];
        }
        return roll < 5 ? anywhere.get() : typical.get();
    }

    /** A field, unknown one time in ten. */
    private <T> T unknownNowAndThen(Supplier<T> value) {
        return random.nextInt(10) == 0 ? null : value.get();
    }

    /** A section, absent one time in seven. */
    private <T> T presentMostly(Supplier<T> value) {
        return random.nextInt(7) == 0 ? null : value.get();
    }

    private String sportName() {
        return random.nextInt(200) == 0 ? "x".repeat(Sport.MAX_NAME_LENGTH) : SPORTS.get(random.nextInt(SPORTS.size()));
    }

    private <T> T weighted(T[] values, int... weights) {
        int total = IntStream.of(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("weights do not cover the values");
    }

    private <E extends Enum<E>> Set<E> oneOrTwo(E[] values) {
        Set<E> chosen = new java.util.HashSet<>();
        chosen.add(values[random.nextInt(values.length)]);
        if (random.nextInt(4) == 0) {
            chosen.add(values[random.nextInt(values.length)]);
        }
        return chosen;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double clampD(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    // ---- near the thresholds ----

    private ClientFacts nextNearThresholds() {
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
        Screening screening = random.nextInt(3) == 0 ? null : new Screening(section(this::startBack));
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

    // ---- shared ----

    private StartBack startBack() {
        return new StartBack(IntStream.range(0, 8).mapToObj(i -> random.nextBoolean()).toList(),
                pick(Bothersomeness.values()));
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
