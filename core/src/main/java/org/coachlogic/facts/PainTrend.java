package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How the pain has been changing recently. */
@API(status = STABLE, since = "0.1")
public enum PainTrend {
    IMPROVING,
    STABLE,
    WORSENING;
}
