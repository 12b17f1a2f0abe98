package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;

import org.apiguardian.api.API;

/** A fixture file cannot be used: it is not valid JSON or does not follow the fixture format. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FixtureFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient List<String> problems;

    public FixtureFileException(Path file, List<String> problems) {
        super("invalid fixture file " + file + ":\n  " + String.join("\n  ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }
}
