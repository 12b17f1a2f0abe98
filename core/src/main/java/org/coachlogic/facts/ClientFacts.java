package org.coachlogic.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Set;

import org.apiguardian.api.API;

/**
 * Everything a host knows about one client, mirroring the JSON input contract ({@code docs/contract.md}).
 * Only {@link #client()} is required. A {@code null} section means nothing in it is known; the engine
 * never reads an unknown fact as good or as bad. The sets are never {@code null}: an empty set means
 * nothing was reported.
 *
 * <p>Records are immutable; build them by name, and use the {@code with...} methods for a copy with one
 * section replaced:
 * <pre>{@code
 * ClientFacts facts = ClientFacts.builder()
 *         .client(Client.of(42, Experience.NOVICE))
 *         .goals(Set.of(Goal.STRENGTH))
 *         .sleep(Sleep.builder().hoursPerNight(5.5).build())
 *         .build();
 * ClientFacts rested = facts.withSleep(Sleep.builder().hoursPerNight(8.0).build());
 * }</pre>
 *
 * <p>Hosts build one with {@link #builder()}, which keeps compiling when a component is added; the
 * canonical constructor is for the engine and the codec and gains a parameter with every new fact.
 */
@API(status = STABLE, since = "0.1")
public record ClientFacts(Client client, Set<Goal> goals, Pain pain, Set<RedFlag> redFlags, Sleep sleep,
                          Stress stress, Activity activity, Mindset mindset, Training training,
                          Screening screening) {

    public ClientFacts {
        new Checks()
                .required("$.client", client)
                .noNulls("$.goals", goals)
                .noNulls("$.redFlags", redFlags)
                .throwIfAny();
        goals = Sets.copyOf(goals);
        redFlags = Sets.copyOf(redFlags);
    }

    /** Facts without screening results. Not for hosts: use {@link #builder()}. */
    public ClientFacts(Client client, Set<Goal> goals, Pain pain, Set<RedFlag> redFlags, Sleep sleep, Stress stress,
                       Activity activity, Mindset mindset, Training training) {
        this(client, goals, pain, redFlags, sleep, stress, activity, mindset, training, null);
    }

    /** Facts with only the client known. */
    public static ClientFacts of(Client client) {
        return new ClientFacts(Objects.requireNonNull(client, "client"), Set.of(), null, Set.of(), null, null,
                null, null, null, null);
    }

    public ClientFacts withClient(Client value) {
        return new ClientFacts(value, goals, pain, redFlags, sleep, stress, activity, mindset, training, screening);
    }

    public ClientFacts withGoals(Set<Goal> value) {
        return new ClientFacts(client, value, pain, redFlags, sleep, stress, activity, mindset, training, screening);
    }

    public ClientFacts withPain(Pain value) {
        return new ClientFacts(client, goals, value, redFlags, sleep, stress, activity, mindset, training, screening);
    }

    public ClientFacts withRedFlags(Set<RedFlag> value) {
        return new ClientFacts(client, goals, pain, value, sleep, stress, activity, mindset, training, screening);
    }

    public ClientFacts withSleep(Sleep value) {
        return new ClientFacts(client, goals, pain, redFlags, value, stress, activity, mindset, training, screening);
    }

    public ClientFacts withStress(Stress value) {
        return new ClientFacts(client, goals, pain, redFlags, sleep, value, activity, mindset, training, screening);
    }

    public ClientFacts withActivity(Activity value) {
        return new ClientFacts(client, goals, pain, redFlags, sleep, stress, value, mindset, training, screening);
    }

    public ClientFacts withMindset(Mindset value) {
        return new ClientFacts(client, goals, pain, redFlags, sleep, stress, activity, value, training, screening);
    }

    public ClientFacts withTraining(Training value) {
        return new ClientFacts(client, goals, pain, redFlags, sleep, stress, activity, mindset, value, screening);
    }

    public ClientFacts withScreening(Screening value) {
        return new ClientFacts(client, goals, pain, redFlags, sleep, stress, activity, mindset, training, value);
    }

    public boolean has(RedFlag flag) {
        return redFlags.contains(flag);
    }

    public boolean has(Goal goal) {
        return goals.contains(goal);
    }

    /** An empty builder: every component unknown (sets empty) until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.client = client;
        builder.goals = goals;
        builder.pain = pain;
        builder.redFlags = redFlags;
        builder.sleep = sleep;
        builder.stress = stress;
        builder.activity = activity;
        builder.mindset = mindset;
        builder.training = training;
        builder.screening = screening;
        return builder;
    }

    /**
     * Builds a {@link ClientFacts} by component name. Not thread-safe; {@link #build()} validates like the
     * constructor and reports every violation at once.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private Client client;
        private Set<Goal> goals = Set.of();
        private Set<RedFlag> redFlags = Set.of();
        private Pain pain;
        private Sleep sleep;
        private Stress stress;
        private Activity activity;
        private Mindset mindset;
        private Training training;
        private Screening screening;

        private Builder() {
        }

        /** Sets {@link ClientFacts#client()}; {@code null} means unknown unless the component is required. */
        public Builder client(Client client) {
            this.client = client;
            return this;
        }

        /** Sets {@link ClientFacts#goals()}; {@code null} means unknown unless the component is required. */
        public Builder goals(Set<Goal> goals) {
            this.goals = goals;
            return this;
        }

        /** Sets {@link ClientFacts#pain()}; {@code null} means unknown unless the component is required. */
        public Builder pain(Pain pain) {
            this.pain = pain;
            return this;
        }

        /** Sets {@link ClientFacts#redFlags()}; {@code null} means unknown unless the component is required. */
        public Builder redFlags(Set<RedFlag> redFlags) {
            this.redFlags = redFlags;
            return this;
        }

        /** Sets {@link ClientFacts#sleep()}; {@code null} means unknown unless the component is required. */
        public Builder sleep(Sleep sleep) {
            this.sleep = sleep;
            return this;
        }

        /** Sets {@link ClientFacts#stress()}; {@code null} means unknown unless the component is required. */
        public Builder stress(Stress stress) {
            this.stress = stress;
            return this;
        }

        /** Sets {@link ClientFacts#activity()}; {@code null} means unknown unless the component is required. */
        public Builder activity(Activity activity) {
            this.activity = activity;
            return this;
        }

        /** Sets {@link ClientFacts#mindset()}; {@code null} means unknown unless the component is required. */
        public Builder mindset(Mindset mindset) {
            this.mindset = mindset;
            return this;
        }

        /** Sets {@link ClientFacts#training()}; {@code null} means unknown unless the component is required. */
        public Builder training(Training training) {
            this.training = training;
            return this;
        }

        /** Sets {@link ClientFacts#screening()}; {@code null} means unknown unless the component is required. */
        public Builder screening(Screening screening) {
            this.screening = screening;
            return this;
        }

        /**
         * The record.
         *
         * @throws org.coachlogic.InvalidFactsException listing every component that breaks the contract
         */
        public ClientFacts build() {
            return new ClientFacts(client, goals, pain, redFlags, sleep, stress, activity, mindset, training, screening);
        }
    }
}
