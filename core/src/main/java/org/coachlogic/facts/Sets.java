package org.coachlogic.facts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable enum sets that iterate in declaration order, so output never depends on input order. */
final class Sets {

    private Sets() {
    }

    static <E extends Enum<E>> Set<E> copyOf(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return Collections.emptySet();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
