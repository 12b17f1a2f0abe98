package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The client's current back or neck pain. Every component may be {@code null}, meaning unknown; an
 * unknown value never counts as good or as bad.
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 *
 * @param region        where the pain is
 * @param intensity     0 (none) to 10 (worst imaginable)
 * @param durationWeeks how long this episode has lasted, 0 to 520 weeks
 * @param trend         whether it is improving, stable or worsening
 * @param acuteInjury   whether a specific acute injury (a tear, a fall, a lift that went wrong) started it
 * @param nightPain     whether pain at night is not eased by changing position
 * @param legSymptoms   pain, tingling or numbness spreading into the legs
 */
@API(status = STABLE, since = "0.1")
public record Pain(PainRegion region, Integer intensity, Integer durationWeeks, PainTrend trend,
                   Boolean acuteInjury, Boolean nightPain, LegSymptoms legSymptoms) {

    public Pain {
        new Checks()
                .range("$.pain.intensity", intensity, 0, 10)
                .range("$.pain.durationWeeks", durationWeeks, 0, 520)
                .throwIfAny();
    }

    /** Whether the facts say there is pain now: intensity above 0, or pain reported with unknown intensity. */
    public boolean reported() {
        return intensity == null || intensity > 0;
    }

    /** An empty builder: every component unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.region = region;
        builder.intensity = intensity;
        builder.durationWeeks = durationWeeks;
        builder.trend = trend;
        builder.acuteInjury = acuteInjury;
        builder.nightPain = nightPain;
        builder.legSymptoms = legSymptoms;
        return builder;
    }

    /**
     * Builds a {@link Pain} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private PainRegion region;
        private Integer intensity;
        private Integer durationWeeks;
        private PainTrend trend;
        private Boolean acuteInjury;
        private Boolean nightPain;
        private LegSymptoms legSymptoms;

        private Builder() {
        }

        /** Sets {@link Pain#region()}; {@code null} means unknown unless the component is required. */
        public Builder region(PainRegion region) {
            this.region = region;
            return this;
        }

        /** Sets {@link Pain#intensity()}; {@code null} means unknown unless the component is required. */
        public Builder intensity(Integer intensity) {
            this.intensity = intensity;
            return this;
        }

        /** Sets {@link Pain#durationWeeks()}; {@code null} means unknown unless the component is required. */
        public Builder durationWeeks(Integer durationWeeks) {
            this.durationWeeks = durationWeeks;
            return this;
        }

        /** Sets {@link Pain#trend()}; {@code null} means unknown unless the component is required. */
        public Builder trend(PainTrend trend) {
            this.trend = trend;
            return this;
        }

        /** Sets {@link Pain#acuteInjury()}; {@code null} means unknown unless the component is required. */
        public Builder acuteInjury(Boolean acuteInjury) {
            this.acuteInjury = acuteInjury;
            return this;
        }

        /** Sets {@link Pain#nightPain()}; {@code null} means unknown unless the component is required. */
        public Builder nightPain(Boolean nightPain) {
            this.nightPain = nightPain;
            return this;
        }

        /** Sets {@link Pain#legSymptoms()}; {@code null} means unknown unless the component is required. */
        public Builder legSymptoms(LegSymptoms legSymptoms) {
            this.legSymptoms = legSymptoms;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public Pain build() {
            return new Pain(region, intensity, durationWeeks, trend, acuteInjury, nightPain, legSymptoms);
        }
    }
}
