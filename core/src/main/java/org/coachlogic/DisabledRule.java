package org.coachlogic;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * A default rule that a rule pack switched off.
 *
 * @param id     the rule's id
 * @param pack   the pack that disabled it
 * @param reason why, in the pack author's words
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DisabledRule(String id, String pack, String reason) {

    public DisabledRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(reason, "reason");
    }
}
