package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import org.coachlogic.Advice;

/** Entry point for coachlogic's AssertJ assertions: {@code assertThat(advice).fired("...")}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CoachingAssertions {

    private CoachingAssertions() {
    }

    public static AdviceAssert assertThat(Advice actual) {
        return new AdviceAssert(actual);
    }
}
