package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kind of work the client does most days. */
@API(status = STABLE, since = "0.1")
public enum Occupation {
    DESK,
    MANUAL,
    MIXED,
    OTHER;
}
