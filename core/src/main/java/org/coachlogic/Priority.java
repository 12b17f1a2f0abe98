package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How soon a recommendation needs acting on. Declaration order is output order: URGENT first. */
@API(status = STABLE, since = "0.1")
public enum Priority {
    /** Act today: see a doctor or emergency service now. */
    URGENT,
    /** Act soon, or hold something back until a clinician has looked. */
    CAUTION,
    /** General coaching advice. */
    ADVICE
}
