package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where the back or neck pain is. */
@API(status = STABLE, since = "0.1")
public enum PainRegion {
    LOW_BACK,
    MID_BACK,
    UPPER_BACK,
    NECK;
}
