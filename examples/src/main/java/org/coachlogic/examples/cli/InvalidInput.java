package org.coachlogic.examples.cli;

import java.util.List;

/**
 * The input cannot be used: the file cannot be read, or the facts in it break the contract. Reported on
 * standard error as a one-line header followed by one line per problem, with exit code 2 and no stack trace.
 */
final class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    InvalidInput(String header, List<String> problems) {
        super(header, null, false, false);
        this.problems = List.copyOf(problems);
    }

    InvalidInput(String header) {
        this(header, List.of());
    }

    String header() {
        return getMessage();
    }

    /** One line each, such as {@code $.pain.intensity: must be between 0 and 10, was 12}. */
    List<String> problems() {
        return problems;
    }
}
