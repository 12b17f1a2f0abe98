package org.coachlogic;

import java.util.Objects;

/**
 * The result of a validated screening instrument, computed by the engine from the answers.
 *
 * @param instrument        which instrument, such as {@code STARTBACK}
 * @param score             the total score (STarT Back: 0 to 9)
 * @param psychosocialScore the psychosocial subscale (STarT Back: items 5 to 9, 0 to 5)
 * @param risk              the risk group: {@code LOW}, {@code MEDIUM} or {@code HIGH}
 */
public record Assessment(String instrument, int score, int psychosocialScore, String risk) {

    /** The STarT Back Screening Tool. */
    public static final String STARTBACK = "STARTBACK";

    public Assessment {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(risk, "risk");
    }
}
