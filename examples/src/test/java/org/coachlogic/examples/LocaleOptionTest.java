package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.coach;

import org.junit.jupiter.api.Test;

/** {@code coach evaluate --locale de} speaks German, around the advice and in it; the decisions do not change. */
class LocaleOptionTest {

    @Test
    void germanAdviceHasGermanTextsAndTheSameRecommendations() {
        String client = Coach.client("chronic-pain.json").toString();

        Coach.Run german = coach("evaluate", "--locale", "de", client);
        Coach.Run english = coach("evaluate", client);

        assertThat(german.exitCode()).as(german.toString()).isZero();
        assertThat(german.stdout()).contains("Begründung:", "Quellen:", "Regelwerk: coachlogic-default",
                "Einschätzung: STARTBACK Punktzahl 8, psychosozial 5, Risiko hoch", "[VORSICHT] EINSTELLUNG");
        assertThat(german.stdout()).doesNotContain("Because:", "HIGH", "CAUTION", "MINDSET");
        assertThat(ids(german.stdout())).isEqualTo(ids(english.stdout()));
    }

    @Test
    void theJsonOutputCarriesGermanTextWithTheSameIds() {
        Coach.Run german = coach("evaluate", "--json", "--locale", "de", Coach.client("desk-worker.json").toString());

        assertThat(german.exitCode()).as(german.toString()).isZero();
        assertThat(german.stdout()).contains("\"id\": \"programming.posture-back-and-core\"")
                .contains("Rumpf");
    }

    /** The rule id at the end of each recommendation's header line, {@code [VORSICHT] SICHERHEIT  safety.x}. */
    private static java.util.List<String> ids(String text) {
        return text.lines().filter(line -> line.startsWith("[")).map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .toList();
    }
}
