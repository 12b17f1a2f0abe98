package org.coachlogic.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.coachlogic.InvalidFactsException;
import org.coachlogic.Violation;

/**
 * Collects range and presence violations while a fact record is constructed, so that one record
 * reports all of its problems at once. Used by the record constructors of the public fact model.
 */
final class Checks {

    private final List<Violation> violations = new ArrayList<>();

    Checks required(String path, Object value) {
        if (value == null) {
            violations.add(new Violation(path, "is required"));
        }
        return this;
    }

    Checks range(String path, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            violations.add(new Violation(path, "must be between " + min + " and " + max + ", was " + value));
        }
        return this;
    }

    Checks range(String path, Double value, double min, double max) {
        if (value != null && (value.isNaN() || value.isInfinite() || value < min || value > max)) {
            violations.add(new Violation(path,
                    "must be between " + plain(min) + " and " + plain(max) + ", was " + plain(value)));
        }
        return this;
    }

    Checks length(String path, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(path, "must be at most " + max + " characters, was " + value.length()));
        }
        return this;
    }

    Checks invalid(String path, String message) {
        violations.add(new Violation(path, message));
        return this;
    }

    Checks noNulls(String path, Set<?> values) {
        if (values != null && values.stream().anyMatch(v -> v == null)) {
            violations.add(new Violation(path, "must not contain null"));
        }
        return this;
    }

    /** Throws one {@link InvalidFactsException} naming every violation collected, if there is any. */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidFactsException(violations);
        }
    }

    static String plain(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
