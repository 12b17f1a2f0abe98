package org.coachlogic.examples.cli;

import java.util.ArrayList;
import java.util.List;

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
        StringBuilder text = new StringBuilder();
        List<Recommendation> recommendations = advice.recommendations();
        if (recommendations.isEmpty()) {
            text.append("No recommendations: none of the rules applied to these facts.\n");
            text.append("Facts that are left out count as unknown, never as good or bad; adding them may give "
                    + "more specific advice.\n");
        }
        for (Recommendation recommendation : recommendations) {
            if (text.length() > 0) {
                text.append('\n');
            }
            recommendation(recommendation, text);
        }
        if (!advice.suppressed().isEmpty()) {
            text.append('\n');
            for (Suppression suppression : advice.suppressed()) {
                text.append("Withheld: ").append(suppression.id()).append(" (by ").append(suppression.by())
                        .append(")\n");
            }
        }
        if (!advice.assessments().isEmpty()) {
            text.append('\n');
            for (Assessment assessment : advice.assessments()) {
                text.append("Assessment: ").append(assessment.instrument()).append(" score ").append(assessment.score())
                        .append(", psychosocial ").append(assessment.psychosocialScore()).append(", risk ")
                        .append(assessment.risk()).append('\n');
            }
        }
        text.append('\n');
        text.append("Rule set: ").append(advice.ruleSet().name()).append(' ').append(advice.ruleSet().version())
                .append('\n');
        text.append("Coaching guidance, not a diagnosis: when in doubt, see a clinician.\n");
        return text.toString();
    }

    private static void recommendation(Recommendation recommendation, StringBuilder text) {
        text.append('[').append(recommendation.priority()).append("] ").append(recommendation.category())
                .append("  ").append(recommendation.id()).append('\n');
        wrap(recommendation.summary(), "  ", "  ", text);
        wrap(recommendation.detail(), "  ", "  ", text);
        if (!recommendation.because().isEmpty()) {
            text.append("  Because:\n");
            for (String reason : recommendation.because()) {
                wrap(reason, "    - ", "      ", text);
            }
        }
        if (!recommendation.sources().isEmpty()) {
            text.append("  Sources:\n");
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
