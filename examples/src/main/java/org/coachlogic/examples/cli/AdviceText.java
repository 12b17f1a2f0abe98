package org.coachlogic.examples.cli;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.coachlogic.Advice;
import org.coachlogic.Assessment;
import org.coachlogic.Recommendation;
import org.coachlogic.Source;
import org.coachlogic.Suppression;

/** Advice as text for a terminal: one block per recommendation, in the engine's order. */
final class AdviceText {

    /** Lines are wrapped to this many columns. */
    static final int WIDTH = 100;

    private AdviceText() {
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
                        String.valueOf(assessment.psychosocialScore()), assessment.risk())).append('\n');
            }
        }
        text.append('\n');
        text.append(format(labels, "ruleSet", advice.ruleSet().name(), advice.ruleSet().version())).append('\n');
        text.append(labels.getString("disclaimer")).append('\n');
        return text.toString();
    }

    private static String format(ResourceBundle labels, String key, Object... args) {
        return new MessageFormat(labels.getString(key), labels.getLocale()).format(args);
    }

    private static void recommendation(Recommendation recommendation, ResourceBundle labels, StringBuilder text) {
        text.append('[').append(recommendation.priority()).append("] ").append(recommendation.category())
                .append("  ").append(recommendation.id()).append('\n');
        wrap(recommendation.summary(), "  ", "  ", text);
        wrap(recommendation.detail(), "  ", "  ", text);
        if (!recommendation.because().isEmpty()) {
            text.append("  ").append(labels.getString("because")).append('\n');
            for (String reason : recommendation.because()) {
                wrap(reason, "    - ", "      ", text);
            }
        }
        if (!recommendation.sources().isEmpty()) {
            text.append("  ").append(labels.getString("sources")).append('\n');
            for (Source source : recommendation.sources()) {
                wrap(source.label(), "    - ", "      ", text);
                if (source.url() != null) {
                    text.append("      ").append(source.url()).append('\n');
                }
            }
        }
    }

    /**
     * Appends {@code paragraph} wrapped at {@link #WIDTH} columns: the first line starts with {@code first},
     * the others with {@code rest}. A word longer than a line, such as a URL, gets a line of its own.
     */
    static void wrap(String paragraph, String first, String rest, StringBuilder text) {
        for (String line : wrap(paragraph.strip(), first, rest)) {
            text.append(line).append('\n');
        }
    }

    static List<String> wrap(String paragraph, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : paragraph.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        if (!empty || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
