package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How the client sleeps.
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 *
 * @param hoursPerNight usual sleep per night, 0 to 24 hours; {@code null} if unknown
 */
@API(status = STABLE, since = "0.1")
public record Sleep(Double hoursPerNight) {

    public Sleep {
        new Checks().range("$.sleep.hoursPerNight", hoursPerNight, 0, 24).throwIfAny();
    }

    /** An empty builder: every component unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.hoursPerNight = hoursPerNight;
        return builder;
    }

    /**
     * Builds a {@link Sleep} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private Double hoursPerNight;

        private Builder() {
        }

        /** Sets {@link Sleep#hoursPerNight()}; {@code null} means unknown unless the component is required. */
        public Builder hoursPerNight(Double hoursPerNight) {
            this.hoursPerNight = hoursPerNight;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public Sleep build() {
            return new Sleep(hoursPerNight);
        }
    }
}
