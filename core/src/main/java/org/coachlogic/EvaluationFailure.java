package org.coachlogic;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * Why an evaluation's advice is incomplete: everything after the safety stage (the default advice rules and
 * every pack rule) failed, so the advice holds the safety recommendations only.
 *
 * @param message what went wrong, in words
 * @param ruleId  the id of the rule that caused it or fired most often; {@code null} when no rule dominated
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EvaluationFailure(String message, String ruleId) {

    public EvaluationFailure {
        Objects.requireNonNull(message, "message");
    }

    /** The id of the rule that caused the failure, if one did. */
    public Optional<String> rule() {
        return Optional.ofNullable(ruleId);
    }
}
