package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.Suppression;
import org.coachlogic.facts.Bothersomeness;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Screening;
import org.coachlogic.facts.StartBack;
import org.coachlogic.testkit.ClientGenerator;
import org.junit.jupiter.api.Test;

/**
 * STarT Back is prognostic and applies once red flags are excluded, so its advice is given exactly when no safety
 * rule fires: the screening rules react to the safety stage's findings, whatever the facts that led to them.
 */
class ScreeningFollowsSafetyTest {

    private static final CoachingEngine ENGINE = CoachingEngine.builder().build();
    private static final Set<String> SCREENING = Set.of("activity.startback-low-risk", "activity.startback-medium-risk",
            "mindset.startback-high-risk");

    @Test
    void startBackAdviceIsGivenExactlyWhenNoSafetyRuleFires() {
        // GIVEN many random clients, each with STarT Back answers
        ClientGenerator clients = ClientGenerator.thresholds(20_261_201L);
        Random answers = new Random(42);
        List<String> disagreements = new ArrayList<>();
        int withSafety = 0;
        int withoutSafety = 0;
        for (int i = 0; i < 4_000; i++) {
            List<Boolean> items = new ArrayList<>();
            for (int item = 0; item < 8; item++) {
                items.add(answers.nextBoolean());
            }
            Bothersomeness item9 = Bothersomeness.values()[answers.nextInt(Bothersomeness.values().length)];
            ClientFacts facts = clients.next().withScreening(new Screening(new StartBack(items, item9)));

            // WHEN the engine evaluates the client
            Advice advice = ENGINE.evaluate(facts);
            Set<String> fired = new TreeSet<>(advice.ids());
            advice.suppressed().stream().map(Suppression::id).forEach(fired::add);
            boolean safety = fired.stream().anyMatch(id -> id.startsWith("safety."));
            boolean screening = fired.stream().anyMatch(SCREENING::contains);

            // THEN exactly one of the two speaks
            if (safety == screening) {
                disagreements.add(facts + "\n  fired " + fired);
            }
            if (safety) {
                withSafety++;
            } else {
                withoutSafety++;
            }
        }
        assertThat(disagreements).as("clients where STarT Back and safety disagree").isEmpty();
        assertThat(withSafety).as("clients with a safety finding").isGreaterThan(500);
        assertThat(withoutSafety).as("clients without one").isGreaterThan(500);
    }
}
