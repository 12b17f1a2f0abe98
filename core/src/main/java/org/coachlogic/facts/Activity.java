package org.coachlogic.facts;

import org.coachlogic.internal.Checks;

/**
 * How much the client moves and trains. Every component may be {@code null}, meaning unknown.
 *
 * @param sedentaryHoursPerDay          hours sitting per day, 0 to 24
 * @param strengthSessionsPerWeek       strength-training sessions per week, 0 to 21
 * @param backSessionsPerWeek           sessions per week that train the back directly, 0 to 21
 * @param aerobicMinutesPerWeek         minutes of moderate aerobic activity per week, 0 to 10080
 * @param stoppedTrainingBecauseOfPain  whether the client has stopped training because of back pain
 */
public record Activity(Double sedentaryHoursPerDay, Integer strengthSessionsPerWeek, Integer backSessionsPerWeek,
                       Integer aerobicMinutesPerWeek, Boolean stoppedTrainingBecauseOfPain) {

    public Activity {
        new Checks()
                .range("$.activity.sedentaryHoursPerDay", sedentaryHoursPerDay, 0, 24)
                .range("$.activity.strengthSessionsPerWeek", strengthSessionsPerWeek, 0, 21)
                .range("$.activity.backSessionsPerWeek", backSessionsPerWeek, 0, 21)
                .range("$.activity.aerobicMinutesPerWeek", aerobicMinutesPerWeek, 0, 10080)
                .throwIfAny();
    }
}
