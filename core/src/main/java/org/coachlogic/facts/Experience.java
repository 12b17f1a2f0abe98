package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Training experience of the client. */
@API(status = STABLE, since = "0.1")
public enum Experience {
    NOVICE,
    INTERMEDIATE,
    ADVANCED;
}
