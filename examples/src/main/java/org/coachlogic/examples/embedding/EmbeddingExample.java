package org.coachlogic.examples.embedding;

import java.util.Set;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.Recommendation;
import org.coachlogic.Suppression;
import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Goal;
import org.coachlogic.facts.LegSymptoms;
import org.coachlogic.facts.Occupation;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.PainRegion;
import org.coachlogic.facts.PainTrend;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Stress;

/**
 * How a host application uses coachlogic, with nothing but the public API: build the engine once, then
 * evaluate facts built in Java or read from JSON, and handle invalid facts.
 *
 * <p>Run it with {@code java -cp examples/target/coach.jar org.coachlogic.examples.embedding.EmbeddingExample}.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        // Build once when the host starts and share it: the engine is immutable and thread-safe.
        CoachingEngine engine = CoachingEngine.builder().build();

        // 1. Facts from the host's own data model. Only age and experience are required; whatever is left out
        //    is unknown, and unknown never counts as good or as bad. Builders name each value, and keep compiling
        //    when a later version adds a fact.
        ClientFacts deskWorker = ClientFacts.builder()
                .client(Client.builder().age(38).experience(Experience.INTERMEDIATE).occupation(Occupation.DESK).build())
                .goals(Set.of(Goal.POSTURE, Goal.STRENGTH))
                .pain(Pain.builder().region(PainRegion.LOW_BACK).intensity(3).durationWeeks(6).trend(PainTrend.STABLE)
                        .acuteInjury(false).nightPain(false).legSymptoms(LegSymptoms.NONE).build())
                .sleep(Sleep.builder().hoursPerNight(6.0).build())
                .stress(Stress.builder().level(7).build())
                .activity(Activity.builder().sedentaryHoursPerDay(9.0).strengthSessionsPerWeek(1).backSessionsPerWeek(0)
                        .aerobicMinutesPerWeek(60).stoppedTrainingBecauseOfPain(false).build())
                .build();
        print("Facts built in Java", engine.evaluate(deskWorker));

        // 2. Facts that arrive as JSON (docs/contract.md), for example from a form or a queue.
        String json = """
                {
                  "client": { "age": 58, "experience": "NOVICE", "conditions": ["IMMUNOSUPPRESSED"] },
                  "pain": { "region": "LOW_BACK", "intensity": 6, "durationWeeks": 2, "trend": "WORSENING" },
                  "redFlags": ["FEVER"],
                  "sleep": { "hoursPerNight": 5.5 }
                }
                """;
        print("Facts read from JSON", engine.evaluate(CoachingJson.readFacts(json)));

        // 3. Facts that break the contract are refused with every problem at once, each with its JSON path,
        //    ready to show to whoever entered them.
        String invalid = """
                { "client": { "age": 42, "experience": "BEGINNER" }, "stress": { "level": 11 } }
                """;
        try {
            CoachingJson.readFacts(invalid);
        } catch (InvalidFactsException e) {
            System.out.println("== Invalid facts");
            for (var violation : e.violations()) {
                System.out.println(violation.path() + ": " + violation.message());
            }
        }
    }

    private static void print(String title, Advice advice) {
        System.out.println("== " + title + " (rule set " + advice.ruleSet().name() + " " + advice.ruleSet().version()
                + ")");
        if (advice.recommendations().isEmpty()) {
            System.out.println("no recommendations");
        }
        for (Recommendation recommendation : advice.recommendations()) {
            System.out.println("[" + recommendation.priority() + "] " + recommendation.id() + ": "
                    + recommendation.summary());
            for (String reason : recommendation.because()) {
                System.out.println("    because " + reason);
            }
        }
        for (Suppression suppression : advice.suppressed()) {
            System.out.println("withheld " + suppression.id() + " (by " + suppression.by() + ")");
        }
        System.out.println();
    }
}
