package org.coachlogic.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coachlogic.testkit.CoachingAssertions.assertThat;

import java.util.List;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Source;
import org.coachlogic.Suppression;
import org.junit.jupiter.api.Test;

class AdviceAssertTest {

    private static final Source SOURCE = new Source("k", "label", null);
    private static final Advice ADVICE = new Advice(
            List.of(new Recommendation("safety.x", Category.SAFETY, Priority.URGENT, "s", "d",
                    List.of("saddle numbness reported"), List.of(SOURCE))),
            List.of(new Suppression("load.y", "safety.x")),
            new RuleSetInfo("test", "1"));

    @Test
    void passingChecksChain() {
        assertThat(ADVICE).fired("safety.x", "load.y").didNotFire("other.z").shows("safety.x")
                .hasTop(Category.SAFETY, Priority.URGENT).suppressed("load.y").showsExactly("safety.x");
    }

    @Test
    void aFailureListsWhatWasActuallyThere() {
        assertThatThrownBy(() -> assertThat(ADVICE).fired("recovery.short-sleep"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""

                        Expected to fire, but did not: recovery.short-sleep
                          actual recommendations, in order:
                            1. URGENT   SAFETY      safety.x
                                 because: saddle numbness reported
                          withheld:
                            load.y (by safety.x)
                        """);
    }

    @Test
    void aWithheldRecommendationHasFiredButIsNotShown() {
        assertThatThrownBy(() -> assertThat(ADVICE).shows("load.y"))
                .hasMessageContaining("Expected to be shown, but not: load.y");
        assertThatThrownBy(() -> assertThat(ADVICE).didNotFire("load.y"))
                .hasMessageContaining("Expected not to fire, but did: load.y");
    }

    @Test
    void theTopIsComparedOnCategoryAndPriority() {
        assertThatThrownBy(() -> assertThat(ADVICE).hasTop(Category.SAFETY, Priority.CAUTION))
                .hasMessageContaining("Expected the top recommendation to be CAUTION SAFETY, but it was URGENT SAFETY (safety.x)");
    }
}
