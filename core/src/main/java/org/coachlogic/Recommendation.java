package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

/**
 * One piece of advice for the client. The constructor enforces what the engine promises: a summary of at
 * most {@value #MAX_SUMMARY_LENGTH} characters, at least one reason and at least one source.
 *
 * @param id       stable id of the rule that gave it, such as {@code recovery.short-sleep}
 * @param category what it is about
 * @param priority how soon to act on it
 * @param summary  one sentence of at most 140 characters
 * @param detail   a short paragraph with the how and why
 * @param because  the facts that made it fire, in words a host can show; never empty
 * @param sources  the evidence it rests on; never empty
 */
@API(status = STABLE, since = "0.1")
public record Recommendation(String id, Category category, Priority priority, String summary, String detail,
                             List<String> because, List<Source> sources) {

    /** The longest summary, in characters. */
    public static final int MAX_SUMMARY_LENGTH = 140;

    /**
     * @throws NullPointerException     if any component or element is null
     * @throws IllegalArgumentException if the summary is longer than {@value #MAX_SUMMARY_LENGTH} characters,
     *                                  or {@code because} or {@code sources} is empty
     */
    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(detail, "detail");
        because = List.copyOf(because);
        sources = List.copyOf(sources);
        if (summary.length() > MAX_SUMMARY_LENGTH) {
            throw new IllegalArgumentException(id + ": the summary must be at most " + MAX_SUMMARY_LENGTH
                    + " characters, was " + summary.length());
        }
        if (because.isEmpty()) {
            throw new IllegalArgumentException(id + ": a recommendation needs at least one reason");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(id + ": a recommendation needs at least one source");
        }
    }
}
