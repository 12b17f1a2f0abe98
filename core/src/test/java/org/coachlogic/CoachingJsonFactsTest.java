package org.coachlogic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Condition;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Goal;
import org.coachlogic.facts.LegSymptoms;
import org.coachlogic.facts.Mindset;
import org.coachlogic.facts.Occupation;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.PainRegion;
import org.coachlogic.facts.PainTrend;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Sport;
import org.coachlogic.facts.Stress;
import org.coachlogic.facts.Training;

class CoachingJsonFactsTest {

    private static final ClientFacts ISSUE_EXAMPLE = new ClientFacts(
            new Client(42, Experience.NOVICE, Occupation.DESK, new Sport("boxing", true), Set.of(Condition.OSTEOPOROSIS)),
            Set.of(Goal.STRENGTH),
            new Pain(PainRegion.LOW_BACK, 4, 14, PainTrend.STABLE, false, false, LegSymptoms.NONE),
            Set.of(RedFlag.FEVER),
            new Sleep(6.5),
            new Stress(7),
            new Activity(9.0, 1, 0, 60, true),
            new Mindset(7, true, 31),
            new Training(20.0, false, false));

    private static final ClientFacts MINIMAL = ClientFacts.of(Client.of(42, Experience.NOVICE));

    @Test
    void readsTheIssueExampleWithEveryField() throws IOException {
        // GIVEN the example input of the contract, which sets every field
        String json = resource("valid/issue-example.json");

        // WHEN
        ClientFacts facts = CoachingJson.readFacts(json);

        // THEN
        assertThat(facts).isEqualTo(ISSUE_EXAMPLE);
    }

    @Test
    void readsBackWrittenFactsWithEveryFieldAsEqualFacts() {
        // GIVEN facts with every field set, several values in each set, and a sport name that is not ASCII
        ClientFacts facts = ISSUE_EXAMPLE
                .withClient(new Client(67, Experience.ADVANCED, Occupation.MIXED,
                        new Sport("Schwingen \u00fc \"Brienz\"", false),
                        Set.of(Condition.IV_DRUG_USE, Condition.HISTORY_OF_CANCER)))
                .withGoals(Set.of(Goal.POSTURE, Goal.HYPERTROPHY, Goal.REHABILITATION))
                .withRedFlags(Set.of(RedFlag.UNEXPLAINED_WEIGHT_LOSS, RedFlag.SADDLE_NUMBNESS))
                .withSleep(new Sleep(7.25))
                .withTraining(new Training(-12.5, true, true));

        // WHEN
        ClientFacts readBack = CoachingJson.readFacts(CoachingJson.writeFacts(facts));

        // THEN
        assertThat(readBack).isEqualTo(facts);
    }

    @Test
    void readsBackWrittenMinimalFactsAsEqualFacts() {
        // GIVEN facts with only the required values known
        // WHEN
        ClientFacts readBack = CoachingJson.readFacts(CoachingJson.writeFacts(MINIMAL));

        // THEN
        assertThat(readBack).isEqualTo(MINIMAL);
    }

    @Test
    void writesMinimalFactsAsTheClientAlone() {
        // GIVEN facts with only the required values known
        // WHEN
        String json = CoachingJson.writeFacts(MINIMAL);

        // THEN no null, no empty set, no empty section
        assertThat(json).isEqualTo("""
                {
                  "client": {
                    "age": 42,
                    "experience": "NOVICE"
                  }
                }
                """);
    }

    @Test
    void writesFactsInContractOrderLeavingOutUnknownValuesAndEmptySets() {
        // GIVEN sections with some values unknown, sets given in no particular order, a whole decimal
        ClientFacts facts = MINIMAL
                .withTraining(new Training(null, true, null))
                .withRedFlags(Set.of(RedFlag.FEVER, RedFlag.LEG_NUMBNESS))
                .withActivity(new Activity(9.0, null, null, null, null))
                .withPain(new Pain(null, null, null, null, null, null, null));

        // WHEN
        String json = CoachingJson.writeFacts(facts);

        // THEN sets are in declaration order, 9.0 is written as people write it, a known but empty section stays
        assertThat(json).isEqualTo("""
                {
                  "client": {
                    "age": 42,
                    "experience": "NOVICE"
                  },
                  "pain": {},
                  "redFlags": [
                    "LEG_NUMBNESS",
                    "FEVER"
                  ],
                  "activity": {
                    "sedentaryHoursPerDay": 9
                  },
                  "training": {
                    "techniqueCoached": true
                  }
                }
                """);
    }

    @Test
    void readsNullForAnOptionalValueAsUnknown() {
        // GIVEN optional values, sets and sections that are explicitly null
        String json = """
                {"client": {"age": 42, "experience": "NOVICE", "occupation": null, "sport": null, "conditions": null},
                 "goals": null, "pain": null, "redFlags": null, "sleep": {"hoursPerNight": null}}
                """;

        // WHEN
        ClientFacts facts = CoachingJson.readFacts(json);

        // THEN they read as if they were left out
        assertThat(facts).isEqualTo(MINIMAL.withSleep(new Sleep(null)));
    }

    @Test
    void readsAnEmptySectionAsASectionWithEverythingUnknown() {
        // GIVEN
        String json = """
                {"client": {"age": 42, "experience": "NOVICE"}, "pain": {}, "goals": []}
                """;

        // WHEN
        ClientFacts facts = CoachingJson.readFacts(json);

        // THEN
        assertThat(facts).isEqualTo(MINIMAL.withPain(new Pain(null, null, null, null, null, null, null)));
    }

    @Test
    void readsAWholeNumberWrittenWithAZeroFraction() {
        // GIVEN whole numbers written as a decimal and with an exponent
        String json = """
                {"client": {"age": 42.0, "experience": "NOVICE"}, "activity": {"aerobicMinutesPerWeek": 1.5e2}}
                """;

        // WHEN
        ClientFacts facts = CoachingJson.readFacts(json);

        // THEN
        assertThat(facts.client().age()).isEqualTo(42);
        assertThat(facts.activity().aerobicMinutesPerWeek()).isEqualTo(150);
    }

    @Test
    void countsASportNameInCharactersNotJavaChars() {
        // GIVEN 100 emoji: 100 characters, 200 Java chars
        String name = "\uD83C\uDFCB".repeat(100);
        String json = "{\"client\": {\"age\": 42, \"experience\": \"NOVICE\", \"sport\": {\"name\": \"" + name + "\"}}}";

        // WHEN
        ClientFacts facts = CoachingJson.readFacts(json);

        // THEN
        assertThat(facts.client().sport().name()).isEqualTo(name);
    }

    @Test
    void acceptsANumberJustInsideARangeThatRoundsToItsBound() {
        // GIVEN 23.99999999999999999 hours, which a double holds as 24
        String json = """
                {"client": {"age": 42, "experience": "NOVICE"}, "sleep": {"hoursPerNight": 23.99999999999999999}}
                """;

        // WHEN
        ClientFacts facts = CoachingJson.readFacts(json);

        // THEN
        assertThat(facts.sleep().hoursPerNight()).isEqualTo(24.0);
    }

    @Test
    void readsFactsFromAStreamAndLeavesItOpen() throws IOException {
        // GIVEN
        TrackingStream stream = new TrackingStream(resource("valid/issue-example.json"));

        // WHEN
        ClientFacts facts = CoachingJson.readFacts(stream);

        // THEN
        assertThat(facts).isEqualTo(ISSUE_EXAMPLE);
        assertThat(stream.closed).isFalse();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = CoachingJsonFactsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final class TrackingStream extends ByteArrayInputStream {

        private boolean closed;

        TrackingStream(String text) {
            super(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
