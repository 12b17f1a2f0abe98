package org.coachlogic;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One piece of advice for the client.
 *
 * @param id       stable id of the rule that gave it, such as {@code recovery.short-sleep}
 * @param category what it is about
 * @param priority how soon to act on it
 * @param summary  one sentence of at most 140 characters
 * @param detail   a short paragraph with the how and why
 * @param because  the facts that made it fire, in words a host can show; never empty
 * @param sources  the evidence it rests on; never empty
 */
public record Recommendation(String id, Category category, Priority priority, String summary, String detail,
                             List<String> because, List<Source> sources) {

    public static final int MAX_SUMMARY_LENGTH = 140;

    /**
     * The order of {@link Advice#recommendations()}: by priority (URGENT first), then category in declaration
     * order (SAFETY first), then id. Defined here once; the engine, the testkit and the reference use it.
     */
    public static final Comparator<Recommendation> OUTPUT_ORDER =
            outputOrder(Recommendation::priority, Recommendation::category, Recommendation::id);

    /** {@link #OUTPUT_ORDER} for anything else that has a priority, a category and an id, such as rule metadata. */
    public static <T> Comparator<T> outputOrder(Function<? super T, Priority> priority,
                                                Function<? super T, Category> category,
                                                Function<? super T, String> id) {
        return Comparator.<T, Priority>comparing(priority).thenComparing(category).thenComparing(id);
    }

    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(detail, "detail");
        because = List.copyOf(because);
        sources = List.copyOf(sources);
    }
}
