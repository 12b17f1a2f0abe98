package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Beliefs and feelings about pain and movement. Every component may be {@code null}, meaning unknown.
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 *
 * @param fearOfMovement            fear that movement will hurt or harm the back, 0 to 10
 * @param believesSpineIsFragile    whether the client believes the spine is easily damaged
 * @param painCatastrophizingScore  Pain Catastrophizing Scale total, 0 to 52
 */
@API(status = STABLE, since = "0.1")
public record Mindset(Integer fearOfMovement, Boolean believesSpineIsFragile, Integer painCatastrophizingScore) {

    public Mindset {
        new Checks()
                .range("$.mindset.fearOfMovement", fearOfMovement, 0, 10)
                .range("$.mindset.painCatastrophizingScore", painCatastrophizingScore, 0, 52)
                .throwIfAny();
    }

    /** An empty builder: every component unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.fearOfMovement = fearOfMovement;
        builder.believesSpineIsFragile = believesSpineIsFragile;
        builder.painCatastrophizingScore = painCatastrophizingScore;
        return builder;
    }

    /**
     * Builds a {@link Mindset} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private Integer fearOfMovement;
        private Boolean believesSpineIsFragile;
        private Integer painCatastrophizingScore;

        private Builder() {
        }

        /** Sets {@link Mindset#fearOfMovement()}; {@code null} means unknown unless the component is required. */
        public Builder fearOfMovement(Integer fearOfMovement) {
            this.fearOfMovement = fearOfMovement;
            return this;
        }

        /** Sets {@link Mindset#believesSpineIsFragile()}; {@code null} means unknown unless the component is required. */
        public Builder believesSpineIsFragile(Boolean believesSpineIsFragile) {
            this.believesSpineIsFragile = believesSpineIsFragile;
            return this;
        }

        /** Sets {@link Mindset#painCatastrophizingScore()}; {@code null} means unknown unless the component is required. */
        public Builder painCatastrophizingScore(Integer painCatastrophizingScore) {
            this.painCatastrophizingScore = painCatastrophizingScore;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public Mindset build() {
            return new Mindset(fearOfMovement, believesSpineIsFragile, painCatastrophizingScore);
        }
    }
}
