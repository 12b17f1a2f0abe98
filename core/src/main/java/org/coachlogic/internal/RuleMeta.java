package org.coachlogic.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.RuleInfo;
import org.coachlogic.Source;

/** One rule as the engine sees it: its metadata resolved against the source registry and the messages. */
record RuleMeta(String id, Category category, Priority priority, List<Source> sources, Set<Category> suppresses,
                String summary, String detail) {

    RuleInfo info() {
        return new RuleInfo(id, category, priority, sources,
                suppresses.isEmpty() ? Set.of() : EnumSet.copyOf(suppresses), summary);
    }
}
