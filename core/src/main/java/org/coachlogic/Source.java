package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * The evidence a recommendation rests on.
 *
 * @param key   stable key from the rule base's source registry, such as {@code nice-ng59}
 * @param label short citation a host can show
 * @param url   where to read it; {@code null} when the source has no stable address
 */
@API(status = STABLE, since = "0.1")
public record Source(String key, String label, String url) {

    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
