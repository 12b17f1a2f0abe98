package org.coachlogic;

import java.util.Objects;

/**
 * A default rule that a rule pack switched off.
 *
 * @param id     the rule's id
 * @param pack   the pack that disabled it
 * @param reason why, in the pack author's words
 */
public record DisabledRule(String id, String pack, String reason) {

    public DisabledRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(reason, "reason");
    }
}
