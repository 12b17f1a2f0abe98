package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * An evaluation was stopped because the rules did not settle: some rule kept firing. The engine stays
 * usable; the next evaluation starts afresh.
 */
@API(status = STABLE, since = "0.1")
public final class RuleExecutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    public RuleExecutionException(String message, String ruleId) {
        super(message);
        this.ruleId = ruleId;
    }

    /** Id of the rule that fired most often, the likeliest culprit. */
    public String ruleId() {
        return ruleId;
    }
}
