package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

import org.coachlogic.facts.StartBack;
import org.coachlogic.facts.StartBackRisk;

/**
 * The result of a validated screening instrument, computed by the engine from the answers. In JSON the
 * enums are written by name: {@code "instrument": "STARTBACK"}, {@code "risk": "MEDIUM"}.
 *
 * @param instrument        which instrument
 * @param score             the total score (STarT Back: 0 to 9)
 * @param psychosocialScore the psychosocial subscale (STarT Back: items 5 to 9, 0 to 5)
 * @param risk              the risk group
 */
@API(status = STABLE, since = "0.1")
public record Assessment(Instrument instrument, int score, int psychosocialScore, StartBackRisk risk) {

    public Assessment {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(risk, "risk");
    }

    /** The STarT Back assessment of a client's answers (Hill et al. 2008). */
    public static Assessment of(StartBack answers) {
        return new Assessment(Instrument.STARTBACK, answers.score(), answers.psychosocialScore(), answers.risk());
    }

    /** The screening instruments the engine scores. */
    @API(status = STABLE, since = "0.1")
    public enum Instrument {
        /** The Keele STarT Back Screening Tool: nine items, low, medium or high risk. */
        STARTBACK
    }
}
