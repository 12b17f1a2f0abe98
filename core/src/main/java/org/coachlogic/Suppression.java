package org.coachlogic;

import java.util.Objects;

/**
 * A recommendation that fired but is withheld because a safety recommendation outranks it.
 *
 * @param id the id of the withheld recommendation
 * @param by the id of the safety recommendation that withheld it
 */
public record Suppression(String id, String by) {

    public Suppression {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(by, "by");
    }
}
