package org.coachlogic.facts;

import org.coachlogic.internal.Checks;

/** @param level perceived stress, 0 (none) to 10 (extreme); {@code null} if unknown */
public record Stress(Integer level) {

    public Stress {
        new Checks().range("$.stress.level", level, 0, 10).throwIfAny();
    }
}
