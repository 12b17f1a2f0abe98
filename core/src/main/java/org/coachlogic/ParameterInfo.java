package org.coachlogic;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * One tunable threshold of the rule set.
 *
 * @param name         stable name, such as {@code sleep.min-hours}
 * @param value        the value this engine uses
 * @param defaultValue the rule set's default
 * @param min          the smallest value allowed
 * @param max          the largest value allowed
 * @param unit         unit of the value, such as {@code hours per night}
 * @param description  what it controls and where the default comes from
 * @param setBy        who set the value: {@code default}, a pack's name, or {@code builder}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ParameterInfo(String name, double value, double defaultValue, double min, double max, String unit,
                            String description, String setBy) {

    public ParameterInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(setBy, "setBy");
    }
}
