package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

/**
 * Answers to the nine items of the Keele STarT Back Screening Tool, about the last two weeks, referred to
 * by number (the item wording is Keele University's and is not shipped here). In JSON:
 * {@code "answers": [true, false, true, false, false, true, true, false, "VERY_MUCH"]}.
 *
 * <p>Scoring follows Hill et al. 2008: each "yes" to items 1 to 8 scores 1, item 9 scores 1 for "very much"
 * or "extremely"; the total is 0 to 9 and the psychosocial subscale (items 5 to 9) 0 to 5. A total of 3 or
 * less is low risk; a total of 4 or more is medium risk, or high risk when the subscale is 4 or more.
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 *
 * @param items1to8 the yes/no answers to items 1 to 8, in order; exactly eight, none null
 * @param item9     the answer to item 9, how bothersome the pain has been; required
 */
@API(status = STABLE, since = "0.1")
public record StartBack(List<Boolean> items1to8, Bothersomeness item9) {

    public StartBack {
        new Checks().required("$.screening.startBack.answers", items1to8)
                .required("$.screening.startBack.answers[8]", item9)
                .throwIfAny();
        Checks checks = new Checks();
        if (items1to8.size() != 8) {
            checks.invalid("$.screening.startBack.answers", "must hold nine answers: true or false for items 1 to 8, "
                    + "then item 9 as one of " + List.of(Bothersomeness.values()));
        } else {
            for (int i = 0; i < 8; i++) {
                checks.required("$.screening.startBack.answers[" + i + "]", items1to8.get(i));
            }
        }
        checks.throwIfAny();
        items1to8 = List.copyOf(items1to8);
    }

    /** The total score, 0 to 9. */
    public int score() {
        return (int) items1to8.stream().filter(Boolean::booleanValue).count() + (item9.scores() ? 1 : 0);
    }

    /** The psychosocial subscale, items 5 to 9, 0 to 5. */
    public int psychosocialScore() {
        return (int) items1to8.subList(4, 8).stream().filter(Boolean::booleanValue).count() + (item9.scores() ? 1 : 0);
    }

    public StartBackRisk risk() {
        if (score() <= 3) {
            return StartBackRisk.LOW;
        }
        return psychosocialScore() >= 4 ? StartBackRisk.HIGH : StartBackRisk.MEDIUM;
    }

    /** An empty builder: every component unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.items1to8 = items1to8;
        builder.item9 = item9;
        return builder;
    }

    /**
     * Builds a {@link StartBack} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private List<Boolean> items1to8;
        private Bothersomeness item9;

        private Builder() {
        }

        /** Sets {@link StartBack#items1to8()}; {@code null} means unknown unless the component is required. */
        public Builder items1to8(List<Boolean> items1to8) {
            this.items1to8 = items1to8;
            return this;
        }

        /** Sets {@link StartBack#item9()}; {@code null} means unknown unless the component is required. */
        public Builder item9(Bothersomeness item9) {
            this.item9 = item9;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public StartBack build() {
            return new StartBack(items1to8, item9);
        }
    }
}
