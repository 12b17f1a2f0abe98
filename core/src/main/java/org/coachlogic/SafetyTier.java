package org.coachlogic;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a SAFETY recommendation holds back while it is shown, declared in its rule's {@code @tier} metadata
 * and applied by the engine's one safety policy, the same way for default and pack rules.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SafetyTier {
    /** Same-day referral (every URGENT SAFETY rule): withholds every recommendation outside SAFETY. */
    URGENT,
    /** Assessment before loading ({@code @tier("assess")}): withholds every recommendation that adds load. */
    ASSESS,
    /** A review while training goes on ({@code @tier("review")}): holds nothing back. */
    REVIEW
}
