package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What the client trains for. */
@API(status = STABLE, since = "0.1")
public enum Goal {
    HYPERTROPHY,
    STRENGTH,
    ATHLETIC_PERFORMANCE,
    INJURY_PREVENTION,
    REHABILITATION,
    POSTURE,
    GENERAL_HEALTH;
}
