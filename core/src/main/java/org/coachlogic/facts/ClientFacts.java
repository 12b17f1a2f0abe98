package org.coachlogic.facts;

import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.coachlogic.internal.Checks;
import org.coachlogic.internal.json.Binding;

/**
 * Everything a host knows about one client, mirroring the JSON input contract ({@code docs/contract.md}).
 * Only {@link #client()} is required. A {@code null} section means nothing in it is known; the engine
 * never reads an unknown fact as good or as bad. The sets are never {@code null}: an empty set means
 * nothing was reported.
 *
 * <p>Records are immutable; the {@code with...} methods return a copy with one section replaced:
 * <pre>{@code
 * ClientFacts facts = ClientFacts.of(Client.of(42, Experience.NOVICE))
 *         .withGoals(Set.of(Goal.STRENGTH))
 *         .withSleep(new Sleep(5.5));
 * }</pre>
 *
 * <p>Any Jackson {@code ObjectMapper} reads and writes these facts exactly as {@code CoachingJson} does,
 * whatever its features (Spring Boot's ignore unknown properties, for one): unknown properties, invalid
 * values and out-of-range numbers are refused, every problem listed with its path from the facts object,
 * in a {@code JsonMappingException} whose cause is the {@link org.coachlogic.InvalidFactsException}.
 */
@JsonDeserialize(using = Binding.FactsDeserializer.class)
@JsonSerialize(using = Binding.FactsSerializer.class)
public record ClientFacts(Client client, Set<Goal> goals, Pain pain, Set<RedFlag> redFlags, Sleep sleep,
                          Stress stress, Activity activity, Mindset mindset, Training training,
                          Screening screening) {

    public ClientFacts {
        new Checks()
                .required("$.client", client)
                .noNulls("$.goals", goals)
                .noNulls("$.redFlags", redFlags)
                .throwIfAny();
        goals = Sets.copyOf(goals, Goal.class);
        redFlags = Sets.copyOf(redFlags, RedFlag.class);
    }

    /** Facts without screening results. */
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
}
