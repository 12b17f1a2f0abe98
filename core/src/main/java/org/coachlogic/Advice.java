package org.coachlogic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.coachlogic.internal.json.Binding;

/**
 * The engine's answer for one client.
 *
 * @param recommendations what to show, ordered URGENT, CAUTION, ADVICE, then by category and id
 * @param suppressed      recommendations that fired but are withheld, each with the id that withheld it
 * @param assessments     results of the screening instruments answered in the facts, such as STarT Back
 * @param ruleSet         the rule set that produced this advice
 *
 * <p>Any Jackson {@code ObjectMapper} writes advice exactly as {@code CoachingJson.writeAdvice} does (the
 * output contract, properties in contract order) and reads it as strictly as {@code CoachingJson.readAdvice}.
 */
@JsonDeserialize(using = Binding.AdviceDeserializer.class)
@JsonSerialize(using = Binding.AdviceSerializer.class)
public record Advice(List<Recommendation> recommendations, List<Suppression> suppressed,
                     List<Assessment> assessments, RuleSetInfo ruleSet) {

    public Advice {
        recommendations = List.copyOf(recommendations);
        suppressed = List.copyOf(suppressed);
        assessments = List.copyOf(assessments);
        Objects.requireNonNull(ruleSet, "ruleSet");
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
