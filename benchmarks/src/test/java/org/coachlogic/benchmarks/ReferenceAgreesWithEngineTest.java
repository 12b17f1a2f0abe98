package org.coachlogic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.RuleInfo;
import org.coachlogic.Suppression;
import org.coachlogic.benchmarks.reference.ReferenceAdvice;
import org.coachlogic.benchmarks.reference.ReferenceCoach;
import org.coachlogic.benchmarks.reference.ReferenceRule;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.testkit.ClientGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential test: the engine running the default rules and the plain-Java reference decide the same
 * for many random clients, so the reference is a fair baseline for the benchmarks, and a disagreement
 * points at a rule (or a reference method) that does not do what it says.
 */
class ReferenceAgreesWithEngineTest {

    private static final int CLIENTS = 20_000;
    private static final long SEED = 20_260_505L;

    private static CoachingEngine engine;

    @BeforeAll
    static void buildEngine() {
        engine = CoachingEngine.builder().build();
    }

    @Test
    void referenceKnowsEveryDefaultRuleWithItsMetadata() {
        // GIVEN the engine's rules and the reference's
        List<String> engineRules = engine.rules().stream()
                .map(r -> r.id() + " " + r.category() + " " + r.priority() + " tier " + r.tier() + " addsLoad " + r.addsLoad())
                .sorted().toList();

        // WHEN the reference lists its own
        List<String> referenceRules = ReferenceCoach.rules().stream()
                .map(r -> r.id() + " " + r.category() + " " + r.priority() + " tier " + r.tier() + " addsLoad " + r.addsLoad())
                .sorted().toList();

        // THEN they are the same 53 ids with the same category, priority, tier and addsLoad
        assertThat(referenceRules).hasSize(53).isEqualTo(engineRules);
        assertThat(engine.rules()).extracting(RuleInfo::id).doesNotHaveDuplicates();
    }

    @Test
    void engineAndReferenceGiveTheSameAdviceForRandomClients() {
        // GIVEN many random valid clients, biased towards the rules' thresholds
        ClientGenerator clients = ClientGenerator.thresholds(SEED);
        Map<String, Integer> fired = new TreeMap<>();
        ReferenceCoach.rules().forEach(r -> fired.put(r.id(), 0));
        List<String> disagreements = new ArrayList<>();
        int urgent = 0;

        for (int i = 0; i < CLIENTS; i++) {
            ClientFacts facts = clients.next();

            // WHEN both evaluate the client
            Advice advice = engine.evaluate(facts);
            ReferenceAdvice reference = ReferenceCoach.evaluate(facts);

            // THEN they show the same ids in the same order and withhold the same ids, by the same id
            if (!advice.ids().equals(reference.shown()) || !advice.suppressed().equals(reference.suppressed())) {
                disagreements.add("client " + i + ": " + facts + "\n  engine shows    " + advice.ids()
                        + "\n  reference shows " + reference.shown() + "\n  engine withholds    "
                        + advice.suppressed() + "\n  reference withholds " + reference.suppressed());
            }
            advice.ids().forEach(id -> fired.merge(id, 1, Integer::sum));
            advice.suppressed().stream().map(Suppression::id).forEach(id -> fired.merge(id, 1, Integer::sum));
            if (advice.recommendations().stream().anyMatch(r -> r.category() == org.coachlogic.Category.SAFETY
                    && r.priority() == org.coachlogic.Priority.URGENT)) {
                urgent++;
            }
        }

        assertThat(disagreements).as("%d of %d clients with different advice; the first ones:\n%s",
                disagreements.size(), CLIENTS, String.join("\n", disagreements.subList(0,
                        Math.min(5, disagreements.size())))).isEmpty();
        // every rule fired, and many times, so the agreement means something for each of them
        assertThat(fired).hasSize(engine.rules().size());
        assertThat(fired).as("how often each rule fired in %d clients", CLIENTS)
                .allSatisfy((id, count) -> assertThat(count).as(id).isGreaterThanOrEqualTo(50));
        // and most clients were not urgent, so the advice outside SAFETY was compared too
        assertThat(urgent).isBetween(CLIENTS / 10, CLIENTS / 2);
    }

    @Test
    void randomClientsLandOnTheRulesThresholds() {
        // GIVEN the same clients as the differential test
        ClientGenerator clients = ClientGenerator.thresholds(SEED);
        List<ClientFacts> all = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            all.add(clients.next());
        }

        // THEN each threshold of the default rules is hit exactly, many times
        Map<String, Predicate<ClientFacts>> boundaries = new TreeMap<>();
        boundaries.put("sleep exactly 7.0 h", f -> f.sleep() != null && Double.valueOf(7.0).equals(f.sleep().hoursPerNight()));
        boundaries.put("stress exactly 7", f -> f.stress() != null && Integer.valueOf(7).equals(f.stress().level()));
        boundaries.put("age 50", f -> f.client().age() == 50);
        boundaries.put("age 51", f -> f.client().age() == 51);
        boundaries.put("pain for 4 weeks", f -> f.pain() != null && Integer.valueOf(4).equals(f.pain().durationWeeks()));
        boundaries.put("pain for 6 weeks", f -> f.pain() != null && Integer.valueOf(6).equals(f.pain().durationWeeks()));
        boundaries.put("pain for 12 weeks", f -> f.pain() != null && Integer.valueOf(12).equals(f.pain().durationWeeks()));
        boundaries.put("pain for 13 weeks", f -> f.pain() != null && Integer.valueOf(13).equals(f.pain().durationWeeks()));
        boundaries.put("pain intensity 0", f -> f.pain() != null && Integer.valueOf(0).equals(f.pain().intensity()));
        boundaries.put("load up exactly 10%", f -> f.training() != null
                && Double.valueOf(10.0).equals(f.training().loadIncreasePercentLastWeek()));
        boundaries.put("sitting exactly 8 h", f -> f.activity() != null
                && Double.valueOf(8.0).equals(f.activity().sedentaryHoursPerDay()));
        boundaries.put("aerobic exactly 150 min", f -> f.activity() != null
                && Integer.valueOf(150).equals(f.activity().aerobicMinutesPerWeek()));
        boundaries.put("fear exactly 7", f -> f.mindset() != null && Integer.valueOf(7).equals(f.mindset().fearOfMovement()));
        boundaries.put("catastrophizing exactly 30", f -> f.mindset() != null
                && Integer.valueOf(30).equals(f.mindset().painCatastrophizingScore()));
        boundaries.put("pain section absent", f -> f.pain() == null);
        boundaries.put("pain intensity unknown", f -> f.pain() != null && f.pain().intensity() == null);
        boundaries.forEach((name, test) ->
                assertThat(all.stream().filter(test).count()).as(name).isGreaterThanOrEqualTo(100));
    }

    @Test
    void referenceRulesAreInOutputOrder() {
        // GIVEN the reference's rules, which it evaluates and reports in list order
        List<ReferenceRule> rules = ReferenceCoach.rules();

        // THEN each comes after the one before it by priority, then category, then id
        for (int i = 1; i < rules.size(); i++) {
            ReferenceRule before = rules.get(i - 1);
            ReferenceRule after = rules.get(i);
            int byPriority = before.priority().compareTo(after.priority());
            int byCategory = before.category().compareTo(after.category());
            assertThat(byPriority < 0 || byPriority == 0 && (byCategory < 0
                    || byCategory == 0 && before.id().compareTo(after.id()) < 0))
                    .as(before.id() + " before " + after.id()).isTrue();
        }
    }
}
