package org.coachlogic;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecommendationTest {

    private static final List<String> REASONS = List.of("sleep of 5.0 h per night is under 7 h");
    private static final List<Source> SOURCES = List.of(new Source("nice-ng59", "NICE NG59", null));

    @Test
    void refusesASummaryLongerThan140Characters() {
        // GIVEN a summary one character too long
        String summary = "s".repeat(Recommendation.MAX_SUMMARY_LENGTH + 1);

        // WHEN / THEN
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Recommendation("x.y", Category.RECOVERY, Priority.ADVICE, summary, "d",
                        REASONS, SOURCES))
                .withMessage("x.y: the summary must be at most 140 characters, was 141");
    }

    @Test
    void refusesARecommendationWithoutReasons() {
        // GIVEN no reasons
        // WHEN / THEN
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Recommendation("x.y", Category.RECOVERY, Priority.ADVICE, "s", "d",
                        List.of(), SOURCES))
                .withMessage("x.y: a recommendation needs at least one reason");
    }

    @Test
    void refusesARecommendationWithoutSources() {
        // GIVEN no sources
        // WHEN / THEN
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Recommendation("x.y", Category.RECOVERY, Priority.ADVICE, "s", "d",
                        REASONS, List.of()))
                .withMessage("x.y: a recommendation needs at least one source");
    }
}
