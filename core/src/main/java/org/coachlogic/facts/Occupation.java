package org.coachlogic.facts;

/** The kind of work the client does most days. */
public enum Occupation {
    DESK,
    MANUAL,
    MIXED,
    OTHER;
}
