package org.coachlogic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.coachlogic.facts.StartBackRisk;
import org.junit.jupiter.api.Test;

class CoachingJsonAdviceTest {

    private static final Advice SMALL_ADVICE = new Advice(
            List.of(new Recommendation("recovery.short-sleep", Category.RECOVERY, Priority.ADVICE,
                    "Aim for 7 to 9 hours of sleep.", "Short sleep makes pain feel worse.",
                    List.of("sleep of 5.0 h per night is under 7 h"),
                    List.of(new Source("nice-ng59", "NICE NG59", "https://www.nice.org.uk/guidance/ng59"),
                            new Source("coach-notes", "Coaching notes", null)))),
            List.of(new Suppression("load.progression", "safety.acute-injury")),
            new RuleSetInfo("coachlogic-default", "1.0.0"));

    private static final String SMALL_ADVICE_JSON = """
            {
              "complete": true,
              "recommendations": [
                {
                  "id": "recovery.short-sleep",
                  "category": "RECOVERY",
                  "priority": "ADVICE",
                  "summary": "Aim for 7 to 9 hours of sleep.",
                  "detail": "Short sleep makes pain feel worse.",
                  "because": [
                    "sleep of 5.0 h per night is under 7 h"
                  ],
                  "sources": [
                    {
                      "key": "nice-ng59",
                      "label": "NICE NG59",
                      "url": "https://www.nice.org.uk/guidance/ng59"
                    },
                    {
                      "key": "coach-notes",
                      "label": "Coaching notes"
                    }
                  ]
                }
              ],
              "suppressed": [
                {
                  "id": "load.progression",
                  "by": "safety.acute-injury"
                }
              ],
              "assessments": [],
              "ruleSet": {
                "name": "coachlogic-default",
                "version": "1.0.0"
              }
            }
            """;

    @Test
    void writesAdviceAsTheOutputContractInContractOrder() {
        // GIVEN a recommendation with one source that has a url and one that has none
        // WHEN
        String json = CoachingJson.writeAdvice(SMALL_ADVICE);

        // THEN two-space indent, "key": value, one array element per line, \n only, a final newline
        assertThat(json).isEqualTo(SMALL_ADVICE_JSON);
    }

    @Test
    void writesTheSameBytesEveryTime() {
        // GIVEN
        String first = CoachingJson.writeAdvice(SMALL_ADVICE);

        // WHEN
        String second = CoachingJson.writeAdvice(new Advice(SMALL_ADVICE.recommendations(),
                SMALL_ADVICE.suppressed(), SMALL_ADVICE.ruleSet()));

        // THEN
        assertThat(second).isEqualTo(first);
    }

    @Test
    void writesAdviceWithoutRecommendationsAsEmptyArrays() {
        // GIVEN
        Advice advice = new Advice(List.of(), List.of(), new RuleSetInfo("coachlogic-default", "1.0.0"));

        // WHEN
        String json = CoachingJson.writeAdvice(advice);

        // THEN
        assertThat(json).isEqualTo("""
                {
                  "complete": true,
                  "recommendations": [],
                  "suppressed": [],
                  "assessments": [],
                  "ruleSet": {
                    "name": "coachlogic-default",
                    "version": "1.0.0"
                  }
                }
                """);
    }

    @Test
    void readsBackWrittenAdviceAsEqualAdvice() {
        // GIVEN
        String json = CoachingJson.writeAdvice(SMALL_ADVICE);

        // WHEN
        Advice readBack = CoachingJson.readAdvice(json);

        // THEN
        assertThat(readBack).isEqualTo(SMALL_ADVICE);
    }

    @Test
    void rejectsAdviceWithEveryProblemNamedByPath() {
        // GIVEN an unknown property, an unknown category, a missing summary and no rule set
        String json = """
                {"complete": true, "recommendations": [{"id": "x.y", "category": "SLEEP", "priority": "ADVICE", "detail": "d",
                                      "because": [], "sources": [], "note": 1}],
                 "suppressed": []}
                """;

        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> CoachingJson.readAdvice(json))
                .withMessage("5 problems in the advice JSON:\n"
                        + "  $.recommendations[0].category: must be one of SAFETY, ACTIVITY, LOAD, TECHNIQUE, RECOVERY, "
                        + "MINDSET, PROGRAMMING, was \"SLEEP\"\n"
                        + "  $.recommendations[0].note: is not a known property; allowed: id, category, priority, "
                        + "summary, detail, because, sources\n"
                        + "  $.recommendations[0].summary: is required\n"
                        + "  $.assessments: is required\n"
                        + "  $.ruleSet: is required");
    }

    @Test
    void writesAndReadsIncompleteAdviceWithItsFailure() {
        // GIVEN advice whose rules after the safety stage failed
        Advice incomplete = new Advice(SMALL_ADVICE.recommendations(), List.of(), List.of(), SMALL_ADVICE.ruleSet(),
                Optional.of(new EvaluationFailure("evaluation stopped after 10000 rule firings", "pack.loop")));

        // WHEN
        String json = CoachingJson.writeAdvice(incomplete);

        // THEN complete is false, the failure names its rule, and it reads back equal
        assertThat(json).startsWith("""
                {
                  "complete": false,
                  "failure": {
                    "message": "evaluation stopped after 10000 rule firings",
                    "rule": "pack.loop"
                  },
                """);
        assertThat(CoachingJson.readAdvice(json)).isEqualTo(incomplete);
        assertThat(incomplete.complete()).isFalse();
    }

    @Test
    void rejectsAdviceThatSaysItIsCompleteButCarriesAFailure() {
        // GIVEN
        String json = CoachingJson.writeAdvice(SMALL_ADVICE).replace("\"complete\": true,",
                "\"complete\": true, \"failure\": {\"message\": \"m\"},");

        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> CoachingJson.readAdvice(json))
                .withMessageContaining("$.complete: complete advice has no failure");
    }

    @Test
    void rejectsAdviceThatIsNotJson() {
        // GIVEN
        String json = "{\"recommendations\": [}";

        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> CoachingJson.readAdvice(json))
                .withMessageStartingWith("1 problem in the advice JSON:\n  $.recommendations[0]: is not valid JSON");
    }

    @Test
    void reportsWhatARecommendationMayNotBeAsViolationsWithTheirPaths() {
        // GIVEN a recommendation with a summary of 141 characters, no reasons and no sources
        String json = """
                {"recommendations": [{"id": "x.y", "category": "RECOVERY", "priority": "ADVICE",
                                      "summary": "%s", "detail": "d", "because": [], "sources": []}],
                 "suppressed": [], "assessments": [], "ruleSet": {"name": "n", "version": "1"}, "complete": true}
                """.formatted("s".repeat(Recommendation.MAX_SUMMARY_LENGTH + 1));

        // WHEN
        InvalidAdviceException thrown = catchThrowableOfType(() -> CoachingJson.readAdvice(json),
                InvalidAdviceException.class);

        // THEN each broken invariant is a violation at its path, in document order
        assertThat(thrown.violations()).containsExactly(
                new Violation("$.recommendations[0].summary", "must be at most 140 characters, was 141"),
                new Violation("$.recommendations[0].because", "must hold at least one reason"),
                new Violation("$.recommendations[0].sources", "must hold at least one source"));
    }

    @Test
    void readsAndWritesAssessmentsWithTheirEnumsByName() {
        // GIVEN advice holding a STarT Back assessment
        Advice advice = new Advice(SMALL_ADVICE.recommendations(), SMALL_ADVICE.suppressed(),
                List.of(new Assessment(Assessment.Instrument.STARTBACK, 5, 4, StartBackRisk.HIGH)),
                SMALL_ADVICE.ruleSet());

        // WHEN
        String json = CoachingJson.writeAdvice(advice);

        // THEN the JSON holds the names, as before the enums, and reads back to equal advice
        assertThat(json).contains("\"instrument\": \"STARTBACK\",\n", "\"score\": 5,\n",
                "\"psychosocialScore\": 4,\n", "\"risk\": \"HIGH\"\n");
        assertThat(CoachingJson.readAdvice(json)).isEqualTo(advice);
    }

    @Test
    void writesAnAdviceLineToAStreamAsTheUtf8BytesOfTheLineString() throws IOException {
        // GIVEN advice with text outside ASCII, a quote and a control character to escape
        Advice advice = new Advice(
                List.of(new Recommendation("recovery.short-sleep", Category.RECOVERY, Priority.ADVICE,
                        "Schlaf \"über\" 7 h \uD83D\uDE34", "Zeile\teins", List.of("weniger als 7 h"),
                        List.of(new Source("coach-notes", "Notizen", null)))),
                List.of(), new RuleSetInfo("coachlogic-default", "1.0.0"));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();

        // WHEN
        CoachingJson.writeAdviceLine(advice, stream);

        // THEN the same bytes, one line ending with \n, that read back as the same advice
        String line = CoachingJson.writeAdviceLine(advice);
        assertThat(stream.toByteArray()).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
        assertThat(line).contains("\uD83D\uDE34", "\\\"über\\\"", "\\t");
        assertThat(CoachingJson.readAdvice(line)).isEqualTo(advice);
    }
}
