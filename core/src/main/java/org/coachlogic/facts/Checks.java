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
        // characters as people count them: an emoji is one, although Java stores it in two chars
        if (value != null && value.codePointCount(0, value.length()) > max) {
            violations.add(new Violation(path, "must be at most " + max + " characters, was "
                    + value.codePointCount(0, value.length())));
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

    /** 24 rather than 24.0; a whole number too large for a long keeps its exponent (1.0E49). */
    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
