package org.coachlogic.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.RuleInfo;
import org.coachlogic.Source;

/**
 * One rule as the engine sees it: its metadata resolved against the source registry and the messages, and
 * where it came from.
 */
record RuleMeta(String id, Category category, Priority priority, List<Source> sources, Set<Category> suppresses,
                String summary, String detail, String pack, String overrideReason, String when,
                List<String> parameters, LocalDate reviewed) {

    RuleInfo info() {
        return new RuleInfo(id, category, priority, sources, suppresses, summary, pack, overrideReason, when,
                parameters, reviewed);
    }

    RuleMeta from(String packName, String reason) {
        return new RuleMeta(id, category, priority, sources, suppresses, summary, detail, packName, reason, when,
                parameters, reviewed);
    }

    /** Whether two DRL rules declare the same recommendation, so they may share an id. */
    boolean sameRecommendation(RuleMeta other) {
        return id.equals(other.id) && category == other.category && priority == other.priority
                && sources.equals(other.sources) && suppresses.equals(other.suppresses);
    }
}
