package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Pain, tingling or numbness spreading into the legs. */
@API(status = STABLE, since = "0.1")
public enum LegSymptoms {
    NONE,
    ONE_SIDE,
    BOTH_SIDES;
}
