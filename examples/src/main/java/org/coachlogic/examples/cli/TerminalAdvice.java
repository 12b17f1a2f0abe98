package org.coachlogic.examples.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.coachlogic.Advice;
import org.coachlogic.Assessment;
import org.coachlogic.Recommendation;
import org.coachlogic.Source;
import org.coachlogic.Suppression;

import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/** Advice as text for a terminal: one block per recommendation, in the engine's order. */
final class TerminalAdvice {

    /** Lines are wrapped to this many columns. */
    static final int WIDTH = 100;

    private TerminalAdvice() {
    }

    static String render(Advice advice) {
        return render(advice, Locale.ENGLISH);
    }

    /** The advice with the words around it in {@code locale}'s language (English when there is no such text). */
    static String render(Advice advice, Locale locale) {
        ResourceBundle labels = ResourceBundle.getBundle("org.coachlogic.examples.cli.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder text = new StringBuilder();
        List<Recommendation> recommendations = advice.recommendations();
        advice.failure().ifPresent(failure -> text.append(format(labels, "incomplete", failure.message()))
                .append("\n\n"));
        if (recommendations.isEmpty()) {
            text.append(labels.getString("nothing")).append('\n');
            text.append(labels.getString("unknown")).append('\n');
        }
        boolean first = true;
        for (Recommendation recommendation : recommendations) {
            if (!first) {
                text.append('\n');
            }
            first = false;
            recommendation(recommendation, labels, text);
        }
        if (!advice.suppressed().isEmpty()) {
            text.append('\n');
            for (Suppression suppression : advice.suppressed()) {
                text.append(format(labels, "withheld", suppression.id(), suppression.by())).append('\n');
            }
        }
        if (!advice.assessments().isEmpty()) {
            text.append('\n');
            for (Assessment assessment : advice.assessments()) {
                text.append(format(labels, "assessment", assessment.instrument(), String.valueOf(assessment.score()),
                        String.valueOf(assessment.psychosocialScore()), word(labels, "risk." + assessment.risk()))).append('\n');
            }
        }
        text.append('\n');
        text.append(format(labels, "ruleSet", advice.ruleSet().name(), advice.ruleSet().version())).append('\n');
        text.append(labels.getString("disclaimer")).append('\n');
        return text.toString();
    }

    /** An enum value in the output's language; a value the labels do not know is printed as it is. */
    private static String word(ResourceBundle labels, String key) {
        return labels.containsKey(key) ? labels.getString(key) : key.substring(key.indexOf('.') + 1);
    }

    private static String format(ResourceBundle labels, String key, Object... args) {
        return new MessageFormat(labels.getString(key), labels.getLocale()).format(args);
    }

    private static void recommendation(Recommendation recommendation, ResourceBundle labels, StringBuilder text) {
        text.append('[').append(word(labels, "priority." + recommendation.priority())).append("] ")
                .append(word(labels, "category." + recommendation.category()))
                .append("  ").append(recommendation.id()).append('\n');
        text.append(wrap(recommendation.summary(), 2, ""));
        text.append(wrap(recommendation.detail(), 2, ""));
        text.append("  ").append(labels.getString("because")).append('\n');
        for (String reason : recommendation.because()) {
            text.append(wrap(reason, 4, "-"));
        }
        text.append("  ").append(labels.getString("sources")).append('\n');
        for (Source source : recommendation.sources()) {
            text.append(wrap(source.label(), 4, "-"));
            if (source.url() != null) {
                text.append("      ").append(source.url()).append('\n'); // never wrapped, so it stays clickable
            }
        }
    }

    /**
     * {@code paragraph} wrapped by picocli at {@link #WIDTH} columns, every line indented by {@code indent}
     * spaces, the first one then showing {@code bullet} and a space when there is a bullet.
     */
    static String wrap(String paragraph, int indent, String bullet) {
        int lead = indent + (bullet.isEmpty() ? 0 : bullet.length() + 1);
        TextTable table = TextTable.forColumns(Help.defaultColorScheme(Help.Ansi.OFF),
                new Column(lead, indent, Column.Overflow.SPAN), new Column(WIDTH - lead, 0, Column.Overflow.WRAP));
        table.indentWrappedLines = 0;
        table.addRowValues(bullet, paragraph.strip());
        return table.toString();
    }
}
