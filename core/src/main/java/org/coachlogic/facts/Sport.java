package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The client's main sport.
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 *
 * @param name         free text, at most 100 characters; {@code null} if not given
 * @param pushDominant whether the sport is dominated by pushing (boxing, swimming freestyle, shot put);
 *                     {@code null} if unknown
 */
@API(status = STABLE, since = "0.1")
public record Sport(String name, Boolean pushDominant) {

    public static final int MAX_NAME_LENGTH = 100;

    public Sport {
        new Checks().length("$.client.sport.name", name, MAX_NAME_LENGTH).throwIfAny();
    }

    /** An empty builder: every component unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.pushDominant = pushDominant;
        return builder;
    }

    /**
     * Builds a {@link Sport} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private String name;
        private Boolean pushDominant;

        private Builder() {
        }

        /** Sets {@link Sport#name()}; {@code null} means unknown unless the component is required. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link Sport#pushDominant()}; {@code null} means unknown unless the component is required. */
        public Builder pushDominant(Boolean pushDominant) {
            this.pushDominant = pushDominant;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public Sport build() {
            return new Sport(name, pushDominant);
        }
    }
}
