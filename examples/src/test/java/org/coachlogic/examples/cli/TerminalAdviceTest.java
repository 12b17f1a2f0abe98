package org.coachlogic.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Source;
import org.coachlogic.Suppression;
import org.junit.jupiter.api.Test;

/** The text layout of advice, on advice built by hand so that every part of the layout shows. */
class TerminalAdviceTest {

    private static final RuleSetInfo RULE_SET = new RuleSetInfo("test-rules", "1.2.3");

    @Test
    void eachRecommendationShowsHeaderSummaryDetailReasonsAndSources() {
        // GIVEN an urgent recommendation with a long detail, and one recommendation it withheld
        Recommendation urgent = new Recommendation("safety.example", Category.SAFETY, Priority.URGENT,
                "Get checked today.", "word ".repeat(60).strip(), List.of("first reason", "second reason"),
                List.of(new Source("key-a", "Label A", "https://example.org/a"), new Source("key-b", "Label B", null)));
        Advice advice = new Advice(List.of(urgent), List.of(new Suppression("load.example", "safety.example")), RULE_SET);

        // WHEN rendering it
        String text = TerminalAdvice.render(advice);

        // THEN the blocks come in the documented layout, wrapped to the width, urls on their own line
        assertThat(text).startsWith("[URGENT] SAFETY  safety.example\n  Get checked today.\n  word word")
                .contains("  Because:\n    - first reason\n    - second reason\n")
                .contains("  Sources:\n    - Label A\n      https://example.org/a\n    - Label B\n")
                .contains("\nWithheld: load.example (by safety.example)\n")
                .contains("\nRule set: test-rules 1.2.3\n");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TerminalAdvice.WIDTH));
        assertThat(text.lines().filter(line -> line.startsWith("  word"))).hasSizeGreaterThan(1);
    }

    @Test
    void adviceWithNothingInItSaysSoPlainly() {
        // WHEN rendering advice with no recommendations
        String text = TerminalAdvice.render(new Advice(List.of(), List.of(), RULE_SET));

        // THEN it says that nothing applied, and still names the rule set
        assertThat(text).startsWith("No recommendations: none of the rules applied to these facts.\n")
                .contains("Rule set: test-rules 1.2.3").doesNotContain("[");
    }

    @Test
    void everyLineFitsTheWidthEvenWithAWordLongerThanALine() {
        // GIVEN a reason with a word wider than the whole width
        String longWord = "x".repeat(TerminalAdvice.WIDTH + 20);

        // WHEN wrapping it as a bulleted line
        List<String> lines = TerminalAdvice.wrap("short " + longWord + " tail", 4, "-").lines().toList();

        // THEN the bullet leads, every line keeps the indent and none is wider than the width
        assertThat(lines.get(0)).isEqualTo("    - short");
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.startsWith("      ") && line.charAt(6) != ' ');
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TerminalAdvice.WIDTH));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("-short" + longWord + "tail");
    }
}
