package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How much the client moves and trains. Every component may be {@code null}, meaning unknown.
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 *
 * @param sedentaryHoursPerDay          hours sitting per day, 0 to 24
 * @param strengthSessionsPerWeek       strength-training sessions per week, 0 to 21
 * @param backSessionsPerWeek           sessions per week that train the back directly, 0 to 21
 * @param aerobicMinutesPerWeek         minutes of moderate aerobic activity per week, 0 to 10080
 * @param stoppedTrainingBecauseOfPain  whether the client has stopped training because of back pain
 */
@API(status = STABLE, since = "0.1")
public record Activity(Double sedentaryHoursPerDay, Integer strengthSessionsPerWeek, Integer backSessionsPerWeek,
                       Integer aerobicMinutesPerWeek, Boolean stoppedTrainingBecauseOfPain) {

    public Activity {
        new Checks()
                .range("$.activity.sedentaryHoursPerDay", sedentaryHoursPerDay, 0, 24)
                .range("$.activity.strengthSessionsPerWeek", strengthSessionsPerWeek, 0, 21)
                .range("$.activity.backSessionsPerWeek", backSessionsPerWeek, 0, 21)
                .range("$.activity.aerobicMinutesPerWeek", aerobicMinutesPerWeek, 0, 10080)
                .throwIfAny();
    }

    /** An empty builder: every component unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.sedentaryHoursPerDay = sedentaryHoursPerDay;
        builder.strengthSessionsPerWeek = strengthSessionsPerWeek;
        builder.backSessionsPerWeek = backSessionsPerWeek;
        builder.aerobicMinutesPerWeek = aerobicMinutesPerWeek;
        builder.stoppedTrainingBecauseOfPain = stoppedTrainingBecauseOfPain;
        return builder;
    }

    /**
     * Builds a {@link Activity} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private Double sedentaryHoursPerDay;
        private Integer strengthSessionsPerWeek;
        private Integer backSessionsPerWeek;
        private Integer aerobicMinutesPerWeek;
        private Boolean stoppedTrainingBecauseOfPain;

        private Builder() {
        }

        /** Sets {@link Activity#sedentaryHoursPerDay()}; {@code null} means unknown unless the component is required. */
        public Builder sedentaryHoursPerDay(Double sedentaryHoursPerDay) {
            this.sedentaryHoursPerDay = sedentaryHoursPerDay;
            return this;
        }

        /** Sets {@link Activity#strengthSessionsPerWeek()}; {@code null} means unknown unless the component is required. */
        public Builder strengthSessionsPerWeek(Integer strengthSessionsPerWeek) {
            this.strengthSessionsPerWeek = strengthSessionsPerWeek;
            return this;
        }

        /** Sets {@link Activity#backSessionsPerWeek()}; {@code null} means unknown unless the component is required. */
        public Builder backSessionsPerWeek(Integer backSessionsPerWeek) {
            this.backSessionsPerWeek = backSessionsPerWeek;
            return this;
        }

        /** Sets {@link Activity#aerobicMinutesPerWeek()}; {@code null} means unknown unless the component is required. */
        public Builder aerobicMinutesPerWeek(Integer aerobicMinutesPerWeek) {
            this.aerobicMinutesPerWeek = aerobicMinutesPerWeek;
            return this;
        }

        /** Sets {@link Activity#stoppedTrainingBecauseOfPain()}; {@code null} means unknown unless the component is required. */
        public Builder stoppedTrainingBecauseOfPain(Boolean stoppedTrainingBecauseOfPain) {
            this.stoppedTrainingBecauseOfPain = stoppedTrainingBecauseOfPain;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public Activity build() {
            return new Activity(sedentaryHoursPerDay, strengthSessionsPerWeek, backSessionsPerWeek, aerobicMinutesPerWeek, stoppedTrainingBecauseOfPain);
        }
    }
}
