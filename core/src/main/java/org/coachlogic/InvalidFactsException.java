package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

/**
 * The facts cannot be evaluated: they break the input contract. Carries every violation found, not
 * just the first, each with its JSON path, so that a host can show them all at once.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidFactsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidFactsException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidFactsException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every violation, in the order the document or record was read. Never empty. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.size() + (violations.size() == 1 ? " problem" : " problems") + " in the client facts:\n"
                + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }
}
