package org.coachlogic.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;

import org.apiguardian.api.API;

import org.coachlogic.Priority;
import org.coachlogic.SafetyTier;

/**
 * A recommendation of the default safety rules, which run first in a rule base of their own. Rules after
 * them (the default advice rules and every pack rule) see one {@code SafetyFinding} per safety recommendation
 * as a read-only fact they may react to; the engine keeps its own copy, so nothing they do can remove, alter,
 * reorder or hide a safety recommendation.
 * <pre>{@code
 * when
 *     SafetyFinding( tier == SafetyTier.ASSESS )
 * then ...
 * }</pre>
 *
 * @param id       the safety recommendation's id, such as {@code safety.night-pain}
 * @param priority URGENT or CAUTION
 * @param tier     what the recommendation holds back while it is shown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SafetyFinding(String id, Priority priority, SafetyTier tier) {

    public SafetyFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(tier, "tier");
    }
}
