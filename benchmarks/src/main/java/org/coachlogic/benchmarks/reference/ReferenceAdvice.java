package org.coachlogic.benchmarks.reference;

import java.util.List;

import org.coachlogic.Suppression;

/**
 * What the reference implementation decides for one client: the ids to show, in output order, and the ids
 * withheld, each with the id that withheld it, in the same order.
 */
public record ReferenceAdvice(List<String> shown, List<Suppression> suppressed) {

    public ReferenceAdvice {
        shown = List.copyOf(shown);
        suppressed = List.copyOf(suppressed);
    }
}
