package org.coachlogic.facts;

/** Risk of a poor outcome from back pain, as the STarT Back Screening Tool stratifies it. */
public enum StartBackRisk {
    /** Total score 3 or less. */
    LOW,
    /** Total 4 or more, psychosocial subscale 3 or less. */
    MEDIUM,
    /** Psychosocial subscale 4 or more. */
    HIGH
}
