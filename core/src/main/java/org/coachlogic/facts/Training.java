package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Recent training. Every component may be {@code null}, meaning unknown.
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 *
 * @param loadIncreasePercentLastWeek     change of training load against the week before, -100 to 1000 percent
 * @param techniqueCoached                whether a coach has taught the client the main lifts
 * @param repsAboveTargetLastTwoSessions  whether the client did one or two reps above target in each of the
 *                                        last two sessions at the current load
 */
@API(status = STABLE, since = "0.1")
public record Training(Double loadIncreasePercentLastWeek, Boolean techniqueCoached,
                       Boolean repsAboveTargetLastTwoSessions) {

    public Training {
        new Checks().range("$.training.loadIncreasePercentLastWeek", loadIncreasePercentLastWeek, -100, 1000)
                .throwIfAny();
    }

    /** An empty builder: every component unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.loadIncreasePercentLastWeek = loadIncreasePercentLastWeek;
        builder.techniqueCoached = techniqueCoached;
        builder.repsAboveTargetLastTwoSessions = repsAboveTargetLastTwoSessions;
        return builder;
    }

    /**
     * Builds a {@link Training} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private Double loadIncreasePercentLastWeek;
        private Boolean techniqueCoached;
        private Boolean repsAboveTargetLastTwoSessions;

        private Builder() {
        }

        /** Sets {@link Training#loadIncreasePercentLastWeek()}; {@code null} means unknown unless the component is required. */
        public Builder loadIncreasePercentLastWeek(Double loadIncreasePercentLastWeek) {
            this.loadIncreasePercentLastWeek = loadIncreasePercentLastWeek;
            return this;
        }

        /** Sets {@link Training#techniqueCoached()}; {@code null} means unknown unless the component is required. */
        public Builder techniqueCoached(Boolean techniqueCoached) {
            this.techniqueCoached = techniqueCoached;
            return this;
        }

        /** Sets {@link Training#repsAboveTargetLastTwoSessions()}; {@code null} means unknown unless the component is required. */
        public Builder repsAboveTargetLastTwoSessions(Boolean repsAboveTargetLastTwoSessions) {
            this.repsAboveTargetLastTwoSessions = repsAboveTargetLastTwoSessions;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public Training build() {
            return new Training(loadIncreasePercentLastWeek, techniqueCoached, repsAboveTargetLastTwoSessions);
        }
    }
}
