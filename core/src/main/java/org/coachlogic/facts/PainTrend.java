package org.coachlogic.facts;

/** How the pain has been changing recently. */
public enum PainTrend {
    IMPROVING,
    STABLE,
    WORSENING;
}
