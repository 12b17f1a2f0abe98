package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Set;

import org.apiguardian.api.API;

/**
 * Who the client is. Age and experience are required; everything else may be unknown.
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 *
 * @param age        years, 10 to 120
 * @param experience training experience, required
 * @param occupation the kind of work done most days; {@code null} if unknown
 * @param sport      main sport; {@code null} if none is known
 * @param conditions medical history relevant to red flags; never {@code null}, empty if none reported
 */
@API(status = STABLE, since = "0.1")
public record Client(int age, Experience experience, Occupation occupation, Sport sport, Set<Condition> conditions) {

    public static final int MIN_AGE = 10;
    public static final int MAX_AGE = 120;

    public Client {
        new Checks()
                .range("$.client.age", age, MIN_AGE, MAX_AGE)
                .required("$.client.experience", experience)
                .noNulls("$.client.conditions", conditions)
                .throwIfAny();
        conditions = Sets.copyOf(conditions);
    }

    /** A client with only the required facts known. */
    public static Client of(int age, Experience experience) {
        return new Client(age, experience, null, null, Set.of());
    }

    public boolean has(Condition condition) {
        return conditions.contains(condition);
    }

    /** An empty builder: every component unknown (sets empty) until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.age = age;
        builder.experience = experience;
        builder.occupation = occupation;
        builder.sport = sport;
        builder.conditions = conditions;
        return builder;
    }

    /**
     * Builds a {@link Client} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private Integer age;
        private Experience experience;
        private Occupation occupation;
        private Sport sport;
        private Set<Condition> conditions = Set.of();

        private Builder() {
        }

        /** Sets {@link Client#age()}; {@code null} means unknown unless the component is required. */
        public Builder age(int age) {
            this.age = age;
            return this;
        }

        /** Sets {@link Client#experience()}; {@code null} means unknown unless the component is required. */
        public Builder experience(Experience experience) {
            this.experience = experience;
            return this;
        }

        /** Sets {@link Client#occupation()}; {@code null} means unknown unless the component is required. */
        public Builder occupation(Occupation occupation) {
            this.occupation = occupation;
            return this;
        }

        /** Sets {@link Client#sport()}; {@code null} means unknown unless the component is required. */
        public Builder sport(Sport sport) {
            this.sport = sport;
            return this;
        }

        /** Sets {@link Client#conditions()}; {@code null} means unknown unless the component is required. */
        public Builder conditions(Set<Condition> conditions) {
            this.conditions = conditions;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public Client build() {
            if (age == null) {
                new Checks().required("$.client.age", null).required("$.client.experience", experience)
                        .throwIfAny();
            }
            return new Client(age, experience, occupation, sport, conditions);
        }
    }
}
