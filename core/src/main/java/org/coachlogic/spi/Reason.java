package org.coachlogic.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

/**
 * One fact that made a rule fire, as a message key and its arguments. The engine renders it with the
 * rule base's message bundle ({@code because.<key>}), so rules never build display text themselves.
 *
 * @param key  message key without the {@code because.} prefix, such as {@code sleep.short}
 * @param args arguments for the message: numbers, strings or enum constants
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Reason(String key, List<Object> args) {

    public Reason {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }
}
