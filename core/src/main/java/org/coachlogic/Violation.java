package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * One problem with a client's facts: where it is, as a JSON path such as {@code $.pain.intensity} or
 * {@code $.redFlags[2]}, and what is wrong in words a host can show to whoever supplied the data.
 *
 * @param path    JSON path of the offending value, starting at {@code $}
 * @param message what is wrong, without the path
 */
@API(status = STABLE, since = "0.1")
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
