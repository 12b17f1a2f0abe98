package org.coachlogic.facts;

/** STarT Back item 9: how bothersome the back pain has been in the last two weeks. */
public enum Bothersomeness {
    NOT_AT_ALL,
    SLIGHTLY,
    MODERATELY,
    VERY_MUCH,
    EXTREMELY;

    /** Whether this answer scores a point: only "very much" and "extremely" do. */
    public boolean scores() {
        return this == VERY_MUCH || this == EXTREMELY;
    }
}
