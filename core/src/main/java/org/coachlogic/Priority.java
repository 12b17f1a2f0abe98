package org.coachlogic;

/** How soon a recommendation needs acting on. Declaration order is output order: URGENT first. */
public enum Priority {
    /** Act today: see a doctor or emergency service now. */
    URGENT,
    /** Act soon, or hold something back until a clinician has looked. */
    CAUTION,
    /** General coaching advice. */
    ADVICE
}
