package org.coachlogic.facts;

/** What the client trains for. */
public enum Goal {
    HYPERTROPHY,
    STRENGTH,
    ATHLETIC_PERFORMANCE,
    INJURY_PREVENTION,
    REHABILITATION,
    POSTURE,
    GENERAL_HEALTH;
}
