package org.coachlogic.benchmarks.reference;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.facts.ClientFacts;

/**
 * One default rule id as the reference implementation knows it: the metadata the DRL declares and the
 * decision, as a method of {@link DefaultRules}.
 *
 * @param id         the rule id, as in the DRL's {@code @id}
 * @param category   the DRL's {@code @category}
 * @param priority   the DRL's {@code @priority}
 * @param suppresses the DRL's {@code @suppresses}; empty for every rule but {@code safety.acute-injury}
 * @param when       whether the rule fires for a client
 */
public record ReferenceRule(String id, Category category, Priority priority, Set<Category> suppresses,
                            Predicate<ClientFacts> when) {

    public ReferenceRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        suppresses = Set.copyOf(suppresses);
        Objects.requireNonNull(when, "when");
    }

    boolean urgentSafety() {
        return category == Category.SAFETY && priority == Priority.URGENT;
    }
}
