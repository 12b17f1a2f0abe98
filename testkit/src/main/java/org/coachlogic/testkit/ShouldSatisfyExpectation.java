package org.coachlogic.testkit;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import org.coachlogic.Advice;

/**
 * The failure message of every advice assertion: what was expected and what was there, in one line, then
 * the whole advice (what was shown, in order, with its reasons, and what was withheld).
 */
final class ShouldSatisfyExpectation extends BasicErrorMessageFactory {

    private ShouldSatisfyExpectation(String expectedVersusActual, Advice actual) {
        super("%n%s%n%s", unquotedString(capitalized(expectedVersusActual)), unquotedString(AdviceText.describe(actual)));
    }

    static ErrorMessageFactory shouldSatisfy(String expectedVersusActual, Advice actual) {
        return new ShouldSatisfyExpectation(expectedVersusActual, actual);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
