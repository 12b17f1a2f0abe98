package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.Violation;
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
 * The default rules on facts built from fuzzer bytes, each value a little beyond its range now and then:
 * building the facts gives facts or an {@link InvalidFactsException}; evaluating facts gives advice that
 * keeps {@link AdviceInvariants}, never an exception (on the default rules not even a
 * {@code RuleExecutionException}: they must settle).
 *
 * <p>A plain build replays the kept inputs in {@code EvaluateFuzzTestInputs/}; {@code ./mvnw verify -Pfuzz}
 * fuzzes it. See {@code docs/security.md}.
 */
class EvaluateFuzzTest {

    /** The default rules, bounded by rule firings only (no time bound, so the machine's load cannot matter). */
    private static final CoachingEngine ENGINE = CoachingEngine.builder().build();

    @FuzzTest(maxDuration = "60s")
    void evaluateGivesAdviceThatKeepsTheSafetyPromises(FuzzedDataProvider data) {
        // GIVEN facts made from the fuzzer's bytes
        ClientFacts facts;
        try {
            facts = facts(data);
        } catch (InvalidFactsException e) {
            // a value out of range is refused with its path
            assertThat(e.violations()).isNotEmpty().extracting(Violation::path).allSatisfy(p -> assertThat(p).startsWith("$."));
            return;
        }

        // WHEN they are evaluated
        Advice advice = ENGINE.evaluate(facts);

        // THEN
        AdviceInvariants.check(facts, advice);
    }

    static ClientFacts facts(FuzzedDataProvider data) {
        Client client = new Client(data.consumeInt(Client.MIN_AGE - 1, Client.MAX_AGE + 1), data.pickValue(Experience.values()),
                data.consumeBoolean() ? data.pickValue(Occupation.values()) : null,
                data.consumeBoolean() ? new Sport(data.consumeBoolean() ? data.consumeString(Sport.MAX_NAME_LENGTH + 1) : null,
                        bool(data)) : null,
                someOf(data, Condition.class));
        Set<Goal> goals = someOf(data, Goal.class);
        Pain pain = data.consumeBoolean() ? new Pain(data.consumeBoolean() ? data.pickValue(PainRegion.values()) : null,
                whole(data, 0, 10), whole(data, 0, 520),
                data.consumeBoolean() ? data.pickValue(PainTrend.values()) : null, bool(data), bool(data),
                data.consumeBoolean() ? data.pickValue(LegSymptoms.values()) : null) : null;
        Set<RedFlag> redFlags = someOf(data, RedFlag.class);
        Sleep sleep = data.consumeBoolean() ? new Sleep(number(data, 0, 24)) : null;
        Stress stress = data.consumeBoolean() ? new Stress(whole(data, 0, 10)) : null;
        Activity activity = data.consumeBoolean() ? new Activity(number(data, 0, 24), whole(data, 0, 21),
                whole(data, 0, 21), whole(data, 0, 10_080), bool(data)) : null;
        Mindset mindset = data.consumeBoolean() ? new Mindset(whole(data, 0, 10), bool(data), whole(data, 0, 52)) : null;
        Training training = data.consumeBoolean()
                ? new Training(number(data, -100, 1000), bool(data), bool(data)) : null;
        return new ClientFacts(client, goals, pain, redFlags, sleep, stress, activity, mindset, training);
    }

    private static Integer whole(FuzzedDataProvider data, int min, int max) {
        return data.consumeBoolean() ? data.consumeInt(min - 1, max + 1) : null;
    }

    /** Unknown, a number a little beyond the range either way, or now and then any double: NaN, infinite. */
    private static Double number(FuzzedDataProvider data, double min, double max) {
        switch (data.consumeInt(0, 7)) {
            case 0:
                return null;
            case 1:
                return data.consumeDouble();
            default:
                return data.consumeRegularDouble(min - 1, max + 1);
        }
    }

    private static Boolean bool(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.consumeBoolean() : null;
    }

    private static <E extends Enum<E>> Set<E> someOf(FuzzedDataProvider data, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (data.consumeBoolean()) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
