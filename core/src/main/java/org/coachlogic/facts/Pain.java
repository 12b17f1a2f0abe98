package org.coachlogic.facts;

import org.coachlogic.internal.Checks;

/**
 * The client's current back or neck pain. Every component may be {@code null}, meaning unknown; an
 * unknown value never counts as good or as bad.
 *
 * @param region        where the pain is
 * @param intensity     0 (none) to 10 (worst imaginable)
 * @param durationWeeks how long this episode has lasted, 0 to 520 weeks
 * @param trend         whether it is improving, stable or worsening
 * @param acuteInjury   whether a specific acute injury (a tear, a fall, a lift that went wrong) started it
 * @param nightPain     whether pain at night is not eased by changing position
 * @param legSymptoms   pain, tingling or numbness spreading into the legs
 */
public record Pain(PainRegion region, Integer intensity, Integer durationWeeks, PainTrend trend,
                   Boolean acuteInjury, Boolean nightPain, LegSymptoms legSymptoms) {

    public Pain {
        new Checks()
                .range("$.pain.intensity", intensity, 0, 10)
                .range("$.pain.durationWeeks", durationWeeks, 0, 520)
                .throwIfAny();
    }

    /** Whether the facts say there is pain now: intensity above 0, or pain reported with unknown intensity. */
    public boolean reported() {
        return intensity == null || intensity > 0;
    }
}
