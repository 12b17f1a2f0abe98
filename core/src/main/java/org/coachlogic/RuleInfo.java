package org.coachlogic;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

/**
 * What the engine knows about one rule from its metadata.
 *
 * @param id             stable id, such as {@code safety.cauda-equina}
 * @param category       category of the recommendation it gives
 * @param priority       priority of the recommendation it gives
 * @param sources        the evidence it rests on, in the order the rule names them
 * @param tier           for a SAFETY rule, what its recommendation holds back while shown ({@code @tier});
 *                       {@code null} outside SAFETY
 * @param addsLoad       whether its recommendation adds load or intensity ({@code @addsLoad}; by default true
 *                       for LOAD and PROGRAMMING), so that an assessment-first caution withholds it
 * @param summary        the recommendation's summary in the engine's locale
 * @param pack           the rule pack it comes from; {@code null} for the default rules
 * @param overrideReason why the pack replaced the default rule with this id; {@code null} if it did not
 * @param when           when it fires, in words; {@code null} if the rule's author did not say
 * @param parameters     names of the rule-set parameters its conditions use
 * @param reviewed       when its content was last checked against its sources
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleInfo(String id, Category category, Priority priority, List<Source> sources,
                       SafetyTier tier, boolean addsLoad, String summary, String pack, String overrideReason, String when,
                       List<String> parameters, LocalDate reviewed) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(summary, "summary");
        sources = List.copyOf(sources);
        if ((tier == null) != (category != Category.SAFETY)) {
            throw new IllegalArgumentException(id + ": a SAFETY rule has a tier and no other rule has one");
        }
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(reviewed, "reviewed");
    }
}
