package org.coachlogic.facts;

/** Pain, tingling or numbness spreading into the legs. */
public enum LegSymptoms {
    NONE,
    ONE_SIDE,
    BOTH_SIDES;
}
