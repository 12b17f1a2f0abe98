package org.coachlogic.facts;

import org.coachlogic.internal.Checks;

/**
 * Beliefs and feelings about pain and movement. Every component may be {@code null}, meaning unknown.
 *
 * @param fearOfMovement            fear that movement will hurt or harm the back, 0 to 10
 * @param believesSpineIsFragile    whether the client believes the spine is easily damaged
 * @param painCatastrophizingScore  Pain Catastrophizing Scale total, 0 to 52
 */
public record Mindset(Integer fearOfMovement, Boolean believesSpineIsFragile, Integer painCatastrophizingScore) {

    public Mindset {
        new Checks()
                .range("$.mindset.fearOfMovement", fearOfMovement, 0, 10)
                .range("$.mindset.painCatastrophizingScore", painCatastrophizingScore, 0, 52)
                .throwIfAny();
    }
}
