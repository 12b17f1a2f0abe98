package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

/**
 * A document given to {@link CoachingJson#readAdvice} is not the output contract. Carries every violation
 * found, each with its JSON path, like {@link InvalidFactsException} does for the input.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidAdviceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidAdviceException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidAdviceException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every violation, in document order. Never empty. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.size() + (violations.size() == 1 ? " problem" : " problems") + " in the advice JSON:\n"
                + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }
}
