package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * The engine's answer for one client.
 *
 * @param recommendations what to show, ordered URGENT, CAUTION, ADVICE, then by category and id
 * @param suppressed      recommendations that fired but are withheld, each with the id that withheld it
 * @param assessments     results of the screening instruments answered in the facts, such as STarT Back
 * @param ruleSet         the rule set that produced this advice
 * @param failure         empty for complete advice; otherwise why only the safety recommendations are given
 *                        (see {@link #complete()})
 */
@API(status = STABLE, since = "0.1")
public record Advice(List<Recommendation> recommendations, List<Suppression> suppressed,
                     List<Assessment> assessments, RuleSetInfo ruleSet, Optional<EvaluationFailure> failure) {

    public Advice {
        recommendations = List.copyOf(recommendations);
        suppressed = List.copyOf(suppressed);
        assessments = List.copyOf(assessments);
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(failure, "failure");
    }

    /** Complete advice. */
    public Advice(List<Recommendation> recommendations, List<Suppression> suppressed,
                  List<Assessment> assessments, RuleSetInfo ruleSet) {
        this(recommendations, suppressed, assessments, ruleSet, Optional.empty());
    }

    /**
     * Whether every rule ran. When {@code false}, the rules after the safety stage failed (see
     * {@link #failure()}): the advice holds the safety recommendations, complete and in order, and nothing
     * else. A host shows them and says that the rest of the advice is missing.
     */
    public boolean complete() {
        return failure.isEmpty();
    }

    /** Advice without assessments. */
    public Advice(List<Recommendation> recommendations, List<Suppression> suppressed, RuleSetInfo ruleSet) {
        this(recommendations, suppressed, List.of(), ruleSet);
    }

    /** The recommendation with this id, if it was given. */
    public Optional<Recommendation> find(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The ids of the recommendations, in output order. */
    public List<String> ids() {
        return recommendations.stream().map(Recommendation::id).toList();
    }
}
