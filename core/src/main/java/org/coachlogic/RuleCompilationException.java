package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

/**
 * One or more rule packs cannot be used. Lists every problem in every pack, each with pack, file, line and
 * message; the engine is never built with a partly loaded pack.
 */
@API(status = STABLE, since = "0.1")
public final class RuleCompilationException extends RuleBaseException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> ruleProblems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).toList());
        this.ruleProblems = List.copyOf(problems);
    }

    /** Every problem, located. */
    public List<RuleProblem> ruleProblems() {
        return ruleProblems;
    }
}
