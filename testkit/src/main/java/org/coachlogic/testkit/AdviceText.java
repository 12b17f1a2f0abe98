package org.coachlogic.testkit;

import java.util.List;

import org.coachlogic.Advice;
import org.coachlogic.Recommendation;
import org.coachlogic.Suppression;

/** Advice written out for a person reading a test failure: what was shown, why, and what was withheld. */
final class AdviceText {

    private AdviceText() {
    }

    static String describe(Advice advice) {
        StringBuilder text = new StringBuilder();
        List<Recommendation> shown = advice.recommendations();
        if (shown.isEmpty()) {
            text.append("  actual recommendations: none\n");
        } else {
            text.append("  actual recommendations, in order:\n");
            for (int i = 0; i < shown.size(); i++) {
                Recommendation r = shown.get(i);
                text.append(String.format("    %d. %-8s %-11s %s%n", i + 1, r.priority(), r.category(), r.id()));
                text.append("         because: ").append(String.join("; ", r.because())).append('\n');
            }
        }
        if (advice.suppressed().isEmpty()) {
            text.append("  withheld: none\n");
        } else {
            text.append("  withheld:\n");
            for (Suppression s : advice.suppressed()) {
                text.append("    ").append(s.id()).append(" (by ").append(s.by()).append(")\n");
            }
        }
        return text.toString();
    }

    static List<String> fired(Advice advice) {
        return java.util.stream.Stream.concat(advice.recommendations().stream().map(Recommendation::id),
                advice.suppressed().stream().map(Suppression::id)).toList();
    }
}
