package org.coachlogic.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apiguardian.api.API;

/**
 * The rule set's tunable thresholds, as rules see them: one fact per evaluation, read with {@link #get}.
 *
 * <pre>
 * when
 *     $p : Parameters( )
 *     Sleep( $hours : hoursPerNight, hoursPerNight &lt; $p.get("sleep.min-hours") )
 * </pre>
 * Values come from the rule base's defaults, then the packs, then the builder.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Parameters {

    private final Map<String, Double> values;

    public Parameters(Map<String, Double> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * The value of a parameter.
     *
     * @throws IllegalArgumentException if the rule base defines no parameter with this name: a rule naming
     *                                  one that does not exist is a bug, and must not silently compare with 0
     */
    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no rule-set parameter named " + name + "; known: "
                    + new TreeMap<>(values).keySet());
        }
        return value;
    }

    public Map<String, Double> values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parameters p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "Parameters" + new TreeMap<>(values);
    }
}
