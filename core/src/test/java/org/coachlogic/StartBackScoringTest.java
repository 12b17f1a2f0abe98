package org.coachlogic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.coachlogic.facts.Bothersomeness;
import org.coachlogic.facts.StartBack;
import org.coachlogic.facts.StartBackRisk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** STarT Back scoring as Hill et al. 2008 define it: totals, the psychosocial subscale and the risk groups. */
class StartBackScoringTest {

    @ParameterizedTest(name = "{0} + {1}: total {2}, subscale {3}, {4}")
    @CsvSource({
            "00000000, NOT_AT_ALL, 0, 0, LOW",
            "11100000, VERY_MUCH,  4, 1, MEDIUM",
            "11000000, EXTREMELY,  3, 1, LOW",
            "11110000, MODERATELY, 4, 0, MEDIUM",
            "00001110, VERY_MUCH,  4, 4, HIGH",
            "11111110, SLIGHTLY,   7, 3, MEDIUM",
            "11111111, EXTREMELY,  9, 5, HIGH",
            "00001111, NOT_AT_ALL, 4, 4, HIGH"})
    void scoresTotalSubscaleAndRisk(String items, Bothersomeness item9, int total, int subscale, StartBackRisk risk) {
        StartBack answers = new StartBack(Arrays.stream(items.split("")).map("1"::equals).toList(), item9);

        assertThat(answers.score()).isEqualTo(total);
        assertThat(answers.psychosocialScore()).isEqualTo(subscale);
        assertThat(answers.risk()).isEqualTo(risk);
    }

    @Test
    void anythingButEightYesNoAnswersIsRejectedWithItsPath() {
        assertThatThrownBy(() -> new StartBack(List.of(true, false), Bothersomeness.SLIGHTLY))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("$.screening.startBack.answers"));
    }

    @Test
    void screeningAnswersRoundTripThroughJson() {
        String json = """
                {"client":{"age":45,"experience":"NOVICE"},
                 "screening":{"startBack":{"answers":[true,false,true,false,true,true,false,false,"VERY_MUCH"]}}}""";

        var facts = CoachingJson.readFacts(json);

        assertThat(facts.screening().startBack().score()).isEqualTo(5);
        assertThat(CoachingJson.readFacts(CoachingJson.writeFacts(facts))).isEqualTo(facts);
        assertThat(CoachingJson.writeFacts(facts)).contains("\"answers\": [");
    }
}
