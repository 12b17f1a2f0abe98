package org.coachlogic.facts;

/** Medical history that changes how red flags are read. */
public enum Condition {
    OSTEOPOROSIS,
    LONG_TERM_STEROIDS,
    HISTORY_OF_CANCER,
    IMMUNOSUPPRESSED,
    IV_DRUG_USE;
}
