package org.coachlogic.facts;

import org.coachlogic.internal.Checks;

/** @param hoursPerNight usual sleep per night, 0 to 24 hours; {@code null} if unknown */
public record Sleep(Double hoursPerNight) {

    public Sleep {
        new Checks().range("$.sleep.hoursPerNight", hoursPerNight, 0, 24).throwIfAny();
    }
}
