package org.coachlogic.facts;

/** Training experience of the client. */
public enum Experience {
    NOVICE,
    INTERMEDIATE,
    ADVANCED;
}
