package org.coachlogic.facts;

import org.coachlogic.internal.Checks;

/**
 * The client's main sport.
 *
 * @param name         free text, at most 100 characters; {@code null} if not given
 * @param pushDominant whether the sport is dominated by pushing (boxing, swimming freestyle, shot put);
 *                     {@code null} if unknown
 */
public record Sport(String name, Boolean pushDominant) {

    public static final int MAX_NAME_LENGTH = 100;

    public Sport {
        new Checks().length("$.client.sport.name", name, MAX_NAME_LENGTH).throwIfAny();
    }
}
