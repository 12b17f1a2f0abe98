package org.coachlogic;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoachingEngineBuilderTest {

    @Test
    void aSettingCannotBeSetTwice() {
        CoachingEngine.Builder builder = CoachingEngine.builder().maxRuleFirings(10);

        assertThatThrownBy(() -> builder.maxRuleFirings(20))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxRuleFirings was already set");
    }

    @Test
    void maxRuleFiringsMustBePositive() {
        assertThatThrownBy(() -> CoachingEngine.builder().maxRuleFirings(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    }

    @Test
    void withoutARuleBaseOnTheClasspathBuildSaysWhichDependencyIsMissing() {
        // core alone has no rule base: the default one lives in coachlogic-rules
        assertThatThrownBy(() -> CoachingEngine.builder().build())
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("no rule base on the classpath")
                .hasMessageContaining("org.coachlogic:coachlogic-rules");
    }
}
