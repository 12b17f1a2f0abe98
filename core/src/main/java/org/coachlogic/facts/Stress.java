package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How stressed the client feels.
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 *
 * @param level perceived stress, 0 (none) to 10 (extreme); {@code null} if unknown
 */
@API(status = STABLE, since = "0.1")
public record Stress(Integer level) {

    public Stress {
        new Checks().range("$.stress.level", level, 0, 10).throwIfAny();
    }

    /** An empty builder: every component unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.level = level;
        return builder;
    }

    /**
     * Builds a {@link Stress} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private Integer level;

        private Builder() {
        }

        /** Sets {@link Stress#level()}; {@code null} means unknown unless the component is required. */
        public Builder level(Integer level) {
            this.level = level;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public Stress build() {
            return new Stress(level);
        }
    }
}
