package org.coachlogic.benchmarks.reference;

import java.util.Objects;
import java.util.function.Predicate;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.SafetyTier;
import org.coachlogic.facts.ClientFacts;

/**
 * One default rule id as the reference implementation knows it: the metadata the DRL declares and the
 * decision, as a method of {@link DefaultRules}.
 *
 * @param id         the rule id, as in the DRL's {@code @id}
 * @param category   the DRL's {@code @category}
 * @param priority   the DRL's {@code @priority}
 * @param tier       the DRL's {@code @tier} for SAFETY rules (URGENT for URGENT ones); {@code null} otherwise
 * @param addsLoad   the DRL's {@code @addsLoad}, by default true for LOAD and PROGRAMMING
 * @param when       whether the rule fires for a client
 */
public record ReferenceRule(String id, Category category, Priority priority, SafetyTier tier, boolean addsLoad,
                            Predicate<ClientFacts> when) {

    public ReferenceRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(when, "when");
    }

    boolean urgentSafety() {
        return category == Category.SAFETY && priority == Priority.URGENT;
    }
}
