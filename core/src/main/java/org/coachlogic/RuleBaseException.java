package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

/**
 * The rule base cannot be used: it is missing, or some rule lacks metadata, names an unknown source, or
 * has no text. Lists every problem found, not just the first.
 */
@API(status = STABLE, since = "0.1")
public class RuleBaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public RuleBaseException(List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the rule base:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public RuleBaseException(String problem, Throwable cause) {
        super("problem in the rule base: " + problem, cause);
        this.problems = List.of(problem);
    }

    /** Every problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
