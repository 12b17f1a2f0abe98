package org.coachlogic.internal;

import java.time.LocalDate;
import java.util.List;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.RuleInfo;
import org.coachlogic.SafetyTier;
import org.coachlogic.Source;

/**
 * One rule as the engine sees it: its metadata resolved against the source registry and the messages, and
 * where it came from.
 *
 * @param tier     {@code null} outside SAFETY
 * @param addsLoad whether an assessment-first safety caution withholds it
 */
record RuleMeta(String id, Category category, Priority priority, SafetyTier tier, boolean addsLoad,
                List<Source> sources, String summary, String detail, String pack, String overrideReason,
                String when, List<String> parameters, LocalDate reviewed) implements SafetyPolicy.Subject {

    RuleInfo info() {
        return new RuleInfo(id, category, priority, sources, tier, addsLoad, summary, pack, overrideReason, when,
                parameters, reviewed);
    }

    RuleMeta from(String packName, String reason) {
        return new RuleMeta(id, category, priority, tier, addsLoad, sources, summary, detail, packName, reason,
                when, parameters, reviewed);
    }

    /** Whether two DRL rules declare the same recommendation, so they may share an id. */
    boolean sameRecommendation(RuleMeta other) {
        return id.equals(other.id) && category == other.category && priority == other.priority
                && tier == other.tier && addsLoad == other.addsLoad && sources.equals(other.sources);
    }
}
