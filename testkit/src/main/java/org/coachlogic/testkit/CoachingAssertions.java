package org.coachlogic.testkit;

import org.coachlogic.Advice;

/** Entry point for coachlogic's AssertJ assertions: {@code assertThat(advice).fired("...")}. */
public final class CoachingAssertions {

    private CoachingAssertions() {
    }

    public static AdviceAssert assertThat(Advice actual) {
        return new AdviceAssert(actual);
    }
}
