package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * A recommendation that fired but is withheld because a safety recommendation outranks it.
 *
 * @param id the id of the withheld recommendation
 * @param by the id of the safety recommendation that withheld it
 */
@API(status = STABLE, since = "0.1")
public record Suppression(String id, String by) {

    public Suppression {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(by, "by");
    }
}
