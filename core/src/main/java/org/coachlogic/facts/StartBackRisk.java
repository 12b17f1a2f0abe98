package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Risk of a poor outcome from back pain, as the STarT Back Screening Tool stratifies it. */
@API(status = STABLE, since = "0.1")
public enum StartBackRisk {
    /** Total score 3 or less. */
    LOW,
    /** Total 4 or more, psychosocial subscale 3 or less. */
    MEDIUM,
    /** Psychosocial subscale 4 or more. */
    HIGH
}
