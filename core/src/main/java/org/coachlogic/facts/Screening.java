package org.coachlogic.facts;

/**
 * Results of validated screening questionnaires.
 *
 * @param startBack the STarT Back Screening Tool's nine answers; {@code null} if not screened
 */
public record Screening(StartBack startBack) {
}
