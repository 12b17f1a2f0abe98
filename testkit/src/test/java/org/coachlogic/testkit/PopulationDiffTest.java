package org.coachlogic.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Source;
import org.coachlogic.Suppression;
import org.coachlogic.testkit.PopulationDiff.Kind;
import org.junit.jupiter.api.Test;

class PopulationDiffTest {

    private static final RuleSetInfo RULES = new RuleSetInfo("test", "1");

    @Test
    void eachKindOfChangeIsCountedPerRuleWithItsLines() {
        // GIVEN a baseline showing a, b and c and a candidate that drops a, withholds b, raises c and adds d
        Advice before = advice(List.of(shown("a", Priority.ADVICE), shown("b", Priority.ADVICE), shown("c", Priority.ADVICE)),
                List.of());
        Advice after = advice(List.of(shown("c", Priority.CAUTION), shown("d", Priority.ADVICE)),
                List.of(new Suppression("b", "d")));
        PopulationDiff diff = new PopulationDiff();

        // WHEN two clients see that change and one sees none
        diff.add(3, before, after);
        diff.add(4, before, before);
        diff.add(9, before, after);

        // THEN each rule has its kind counted twice, with lines 3 and 9 as examples
        assertThat(diff.clients()).isEqualTo(3);
        assertThat(diff.changedClients()).isEqualTo(2);
        assertThat(diff.rules()).extracting(PopulationDiff.RuleChanges::id).containsExactly("a", "b", "c", "d");
        assertOnly(diff, "a", Kind.LOST);
        assertOnly(diff, "b", Kind.WITHHELD);
        assertOnly(diff, "c", Kind.PRIORITY_CHANGED);
        assertOnly(diff, "d", Kind.GAINED);
        assertThat(diff.toText()).contains("3 clients compared, 2 with a change")
                .containsPattern("d +2 +- +- +- +gained 3,9");
        assertThat(diff.toJson()).contains("\"id\" : \"b\"").contains("\"withheld\" : {");
    }

    @Test
    void mergedPartsEqualTheWholeAndKeepTheSmallestLines() {
        // GIVEN ten clients who each gain d, counted in one diff and in two parts out of order
        Advice before = advice(List.of(), List.of());
        Advice after = advice(List.of(shown("d", Priority.ADVICE)), List.of());
        PopulationDiff whole = new PopulationDiff();
        PopulationDiff odd = new PopulationDiff();
        PopulationDiff even = new PopulationDiff();
        for (long line = 10; line >= 1; line--) {
            whole.add(line, before, after);
            (line % 2 == 0 ? even : odd).add(line, before, after);
        }
        whole.addInvalid(11);
        even.addInvalid(11);

        // WHEN the parts are merged
        PopulationDiff merged = new PopulationDiff().merge(even).merge(odd);

        // THEN it equals the whole, and the examples are the first three lines
        assertThat(merged).isEqualTo(whole);
        assertThat(merged.invalid()).isEqualTo(1);
        assertThat(merged.rules().get(0).examples().get(Kind.GAINED)).containsExactly(1L, 2L, 3L);
        assertThat(merged.rules().get(0).clients().get(Kind.GAINED)).isEqualTo(10L);
    }

    @Test
    void noChangeSaysSo() {
        PopulationDiff diff = new PopulationDiff();
        Advice same = advice(List.of(shown("a", Priority.ADVICE)), List.of());

        diff.add(1, same, same);

        assertThat(diff.toText()).isEqualTo("1 clients compared, 0 with a change\nNo rule changes for any client.\n");
        assertThat(diff.rules()).isEmpty();
    }

    private static void assertOnly(PopulationDiff diff, String id, Kind kind) {
        PopulationDiff.RuleChanges rule = diff.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        for (Kind each : Kind.values()) {
            assertThat(rule.clients().get(each)).as(id + " " + each).isEqualTo(each == kind ? 2L : 0L);
            assertThat(rule.examples().get(each)).as(id + " " + each).isEqualTo(each == kind ? List.of(3L, 9L) : List.of());
        }
    }

    private static Recommendation shown(String id, Priority priority) {
        return new Recommendation(id, Category.ACTIVITY, priority, "summary", "detail", List.of("because"),
                List.of(new Source("k", "label", null)));
    }

    private static Advice advice(List<Recommendation> recommendations, List<Suppression> suppressed) {
        return new Advice(recommendations, suppressed, RULES);
    }
}
