package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * One problem in a rule pack, located as precisely as the compiler allows.
 *
 * @param pack    the pack's name, or its location when the descriptor could not be read
 * @param file    the file within the pack, such as {@code clinic.drl} or {@code pack.json}
 * @param line    line number from 1, or 0 when the problem has no single line
 * @param message what is wrong
 */
@API(status = STABLE, since = "0.1")
public record RuleProblem(String pack, String file, int line, String message) {

    public RuleProblem {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return pack + ": " + file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
