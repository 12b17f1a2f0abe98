package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** STarT Back item 9: how bothersome the back pain has been in the last two weeks. */
@API(status = STABLE, since = "0.1")
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
