package org.coachlogic.facts;

import org.coachlogic.internal.Checks;

/**
 * Recent training. Every component may be {@code null}, meaning unknown.
 *
 * @param loadIncreasePercentLastWeek     change of training load against the week before, -100 to 1000 percent
 * @param techniqueCoached                whether a coach has taught the client the main lifts
 * @param repsAboveTargetLastTwoSessions  whether the client did one or two reps above target in each of the
 *                                        last two sessions at the current load
 */
public record Training(Double loadIncreasePercentLastWeek, Boolean techniqueCoached,
                       Boolean repsAboveTargetLastTwoSessions) {

    public Training {
        new Checks().range("$.training.loadIncreasePercentLastWeek", loadIncreasePercentLastWeek, -100, 1000)
                .throwIfAny();
    }
}
