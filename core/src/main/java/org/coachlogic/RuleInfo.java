package org.coachlogic;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apiguardian.api.API;

/**
 * What the engine knows about one rule from its metadata.
 *
 * @param id             stable id, such as {@code safety.cauda-equina}
 * @param category       category of the recommendation it gives
 * @param priority       priority of the recommendation it gives
 * @param sources        the evidence it rests on, in the order the rule names them
 * @param suppresses     categories its recommendation withholds while it is shown (beyond the engine's fixed
 *                       rule that an URGENT SAFETY recommendation withholds everything outside SAFETY)
 * @param summary        the recommendation's summary in the engine's locale
 * @param pack           the rule pack it comes from; {@code null} for the default rules
 * @param overrideReason why the pack replaced the default rule with this id; {@code null} if it did not
 * @param when           when it fires, in words; {@code null} if the rule's author did not say
 * @param parameters     names of the rule-set parameters its conditions use
 * @param reviewed       when its content was last checked against its sources
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleInfo(String id, Category category, Priority priority, List<Source> sources,
                       Set<Category> suppresses, String summary, String pack, String overrideReason, String when,
                       List<String> parameters, LocalDate reviewed) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(summary, "summary");
        sources = List.copyOf(sources);
        suppresses = suppresses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(suppresses));
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(reviewed, "reviewed");
    }
}
