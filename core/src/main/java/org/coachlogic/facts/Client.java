package org.coachlogic.facts;

import java.util.Set;

import org.coachlogic.internal.Checks;

/**
 * Who the client is. Age and experience are required; everything else may be unknown.
 *
 * @param age        years, 10 to 120
 * @param experience training experience, required
 * @param occupation the kind of work done most days; {@code null} if unknown
 * @param sport      main sport; {@code null} if none is known
 * @param conditions medical history relevant to red flags; never {@code null}, empty if none reported
 */
public record Client(int age, Experience experience, Occupation occupation, Sport sport, Set<Condition> conditions) {

    public static final int MIN_AGE = 10;
    public static final int MAX_AGE = 120;

    public Client {
        new Checks()
                .range("$.client.age", age, MIN_AGE, MAX_AGE)
                .required("$.client.experience", experience)
                .noNulls("$.client.conditions", conditions)
                .throwIfAny();
        conditions = Sets.copyOf(conditions, Condition.class);
    }

    /** A client with only the required facts known. */
    public static Client of(int age, Experience experience) {
        return new Client(age, experience, null, null, Set.of());
    }

    public boolean has(Condition condition) {
        return conditions.contains(condition);
    }
}
