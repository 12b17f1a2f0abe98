package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

/**
 * One test case for a rule base: client facts as JSON, and either what the advice must look like or the
 * JSON paths that must be reported as invalid. See {@code docs/testing.md} for the file format.
 *
 * @param name        what the fixture shows, used as the test's name
 * @param file        the file it came from; {@code null} for fixtures made in code
 * @param index       its position in that file, from 1
 * @param factsJson   the client facts as JSON text, exactly as a host would pass them
 * @param expect      what the advice must look like; {@code null} when the fixture expects an error
 * @param expectError JSON paths that must be reported as invalid; {@code null} when advice is expected
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Fixture(String name, Path file, int index, String factsJson, Expectation expect,
                      List<String> expectError) {

    public Fixture {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factsJson, "factsJson");
        if ((expect == null) == (expectError == null)) {
            throw new IllegalArgumentException("a fixture expects either advice or an error, not both or neither");
        }
        expectError = expectError == null ? null : List.copyOf(expectError);
    }

    /** Where the fixture is, for messages: {@code path/file.json #2}. */
    public String location() {
        return file == null ? "(in code)" : file + " #" + index;
    }
}
