package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a recommendation is about. Declaration order is the order used to break ties in the output. */
@API(status = STABLE, since = "0.1")
public enum Category {
    /** Red flags, referral, and getting an injury assessed first. */
    SAFETY,
    /** Keep moving, keep training, sit less, weekly activity. */
    ACTIVITY,
    /** Progression, load spikes, returning to load. */
    LOAD,
    /** Learning to lift, coaching. */
    TECHNIQUE,
    /** Sleep and stress. */
    RECOVERY,
    /** Fear of movement, beliefs, catastrophizing. */
    MINDSET,
    /** Exercise choice, sets, reps and frequency for a goal. */
    PROGRAMMING
}
