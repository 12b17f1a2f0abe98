package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Medical history that changes how red flags are read. */
@API(status = STABLE, since = "0.1")
public enum Condition {
    OSTEOPOROSIS,
    LONG_TERM_STEROIDS,
    HISTORY_OF_CANCER,
    IMMUNOSUPPRESSED,
    IV_DRUG_USE;
}
