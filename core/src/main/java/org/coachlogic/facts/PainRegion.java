package org.coachlogic.facts;

/** Where the back or neck pain is. */
public enum PainRegion {
    LOW_BACK,
    MID_BACK,
    UPPER_BACK,
    NECK;
}
