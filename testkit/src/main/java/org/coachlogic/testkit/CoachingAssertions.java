package org.coachlogic.testkit;

import org.coachlogic.Advice;

/** Entry point for coachlogic's AssertJ assertions: {@code assertThat(advice).fired("...")}. */
public final class CoachingAssertions {

    private CoachingAssertions() {
    }

    /** Assertions on this advice; see {@link AbstractAdviceAssert} for which rule ids they know. */
    public static AdviceAssert assertThat(Advice actual) {
        return new AdviceAssert(actual);
    }
}
