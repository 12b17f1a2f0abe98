package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Results of validated screening questionnaires.
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 *
 * @param startBack the STarT Back Screening Tool's nine answers; {@code null} if not screened
 */
@API(status = STABLE, since = "0.1")
public record Screening(StartBack startBack) {

    /** An empty builder: every component unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.startBack = startBack;
        return builder;
    }

    /**
     * Builds a {@link Screening} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private StartBack startBack;

        private Builder() {
        }

        /** Sets {@link Screening#startBack()}; {@code null} means unknown unless the component is required. */
        public Builder startBack(StartBack startBack) {
            this.startBack = startBack;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public Screening build() {
            return new Screening(startBack);
        }
    }
}
