package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The mapping table of docs/cds-hooks.md, one resource at a time. */
class FhirFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static FhirFacts map(String prefetch) {
        return FhirFacts.map(CdsHooksTest.readTree(prefetch), TODAY);
    }

    private static String patient(String birthDate) {
        return "\"patient\":{\"resourceType\":\"Patient\",\"id\":\"p\"" + (birthDate == null ? ""
                : ",\"birthDate\":\"" + birthDate + "\"") + "}";
    }

    private static String bundle(String key, String... resources) {
        StringBuilder json = new StringBuilder("\"" + key + "\":{\"resourceType\":\"Bundle\",\"entry\":[");
        for (int i = 0; i < resources.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"resource\":").append(resources[i]).append('}');
        }
        return json.append("]}").toString();
    }

    private static String observation(String id, String system, String code, String value) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\",\"code\":{\"coding\":"
                + "[{\"system\":\"" + system + "\",\"code\":\"" + code + "\"}]}" + (value == null ? "" : "," + value)
                + "}";
    }

    private static String condition(String id, String system, String code, String verification) {
        return "{\"resourceType\":\"Condition\",\"id\":\"" + id + "\",\"code\":{\"coding\":[{\"system\":\"" + system
                + "\",\"code\":\"" + code + "\"}]}" + (verification == null ? "" : ",\"verificationStatus\":"
                + "{\"coding\":[{\"code\":\"" + verification + "\"}]}") + "}";
    }

    private static JsonNode facts(String... parts) {
        return map("{" + String.join(",", parts) + "}").facts();
    }

    @Test
    void patientBirthDateGivesTheAgeToday() {
        assertThat(facts(patient("1980-12-02")).at("/client/age").asInt()).isEqualTo(45);
        assertThat(facts(patient("1980-12-01")).at("/client/age").asInt()).isEqualTo(46);
    }

    @Test
    void patientWithoutBirthDateLeavesTheAgeUnknown() {
        assertThat(facts(patient(null)).at("/client").has("age")).isFalse();
    }

    @Test
    void birthYearAloneIsAProblemWhenItAllowsTwoAges() {
        FhirFacts mapped = map("{" + patient("1980") + "}");

        assertThat(mapped.problems()).extracting(v -> v.path()).containsExactly("$.client.age");
    }

    @Test
    void snomedOsteoporosisAndCancerConditionsSetTheClientsConditions() {
        JsonNode facts = facts(patient("1970-01-01"), bundle("conditions",
                condition("c1", FhirFacts.SNOMED, "64859006", null),
                condition("c2", FhirFacts.SNOMED, "363346000", null),
                condition("c3", FhirFacts.SNOMED, "266987004", null)));

        assertThat(facts.at("/client/conditions").toString()).isEqualTo("[\"OSTEOPOROSIS\",\"HISTORY_OF_CANCER\"]");
    }

    @Test
    void refutedOrMistakenConditionsAreLeftOut() {
        JsonNode facts = facts(patient("1970-01-01"), bundle("conditions",
                condition("c1", FhirFacts.SNOMED, "64859006", "refuted"),
                condition("c2", FhirFacts.SNOMED, "363346000", "entered-in-error")));

        assertThat(facts.at("/client").has("conditions")).isFalse();
    }

    @Test
    void ourConditionCodesCoverTheRestOfTheContractsConditions() {
        JsonNode facts = facts(patient("1970-01-01"), bundle("conditions",
                condition("c1", FhirFacts.FACTS_SYSTEM, "LONG_TERM_STEROIDS", null)));

        assertThat(facts.at("/client/conditions/0").asText()).isEqualTo("LONG_TERM_STEROIDS");
    }

    @Test
    void redFlagFindingsComeFromConditionsAndObservations() {
        JsonNode facts = facts(patient("1970-01-01"),
                bundle("conditions", condition("c1", FhirFacts.RED_FLAG_SYSTEM, "SADDLE_NUMBNESS", null)),
                bundle("observations", observation("o1", FhirFacts.SNOMED, "386661006", null),
                        observation("o2", FhirFacts.RED_FLAG_SYSTEM, "LEG_WEAKNESS", "\"valueBoolean\":false")));

        assertThat(facts.at("/redFlags").toString()).isEqualTo("[\"SADDLE_NUMBNESS\",\"FEVER\"]");
    }

    @Test
    void painIntensityObservationSetsIntensity() {
        JsonNode facts = facts(patient("1970-01-01"), bundle("observations",
                observation("o1", FhirFacts.LOINC, "72514-3", "\"valueInteger\":3"
                        + ",\"effectiveDateTime\":\"2026-11-01\""),
                observation("o2", FhirFacts.LOINC, "72514-3", "\"valueQuantity\":{\"value\":6}"
                        + ",\"effectiveDateTime\":\"2026-11-20\"")));

        assertThat(facts.at("/pain/intensity").asInt()).isEqualTo(6);
    }

    @Test
    void sleepDurationInMinutesOrHoursSetsHoursPerNight() {
        JsonNode minutes = facts(patient("1970-01-01"), bundle("observations", observation("o1", FhirFacts.LOINC,
                "93832-4", "\"valueQuantity\":{\"value\":390,\"code\":\"min\"}")));
        JsonNode hours = facts(patient("1970-01-01"), bundle("observations", observation("o1", FhirFacts.LOINC,
                "93832-4", "\"valueQuantity\":{\"value\":7.5,\"code\":\"h\"}")));

        assertThat(minutes.at("/sleep/hoursPerNight").asDouble()).isEqualTo(6.5);
        assertThat(hours.at("/sleep/hoursPerNight").asDouble()).isEqualTo(7.5);
    }

    @Test
    void sleepDurationWithoutAUnitIsAProblem() {
        FhirFacts mapped = map("{" + patient("1970-01-01") + "," + bundle("observations", observation("o1",
                FhirFacts.LOINC, "93832-4", "\"valueQuantity\":{\"value\":7}")) + "}");

        assertThat(mapped.problems()).extracting(v -> v.path()).containsExactly("$.sleep.hoursPerNight");
    }

    @Test
    void stressLevelObservationSetsStress() {
        JsonNode facts = facts(patient("1970-01-01"), bundle("observations",
                observation("o1", FhirFacts.LOINC, "93038-8", "\"valueInteger\":7")));

        assertThat(facts.at("/stress/level").asInt()).isEqualTo(7);
    }

    @Test
    void physicalActivityVitalSignGivesAerobicMinutesAndStrengthSessions() {
        JsonNode facts = facts(patient("1970-01-01"), bundle("observations",
                observation("o1", FhirFacts.LOINC, "89574-8", "\"valueQuantity\":{\"value\":3,\"code\":\"d/wk\"}"),
                observation("o2", FhirFacts.LOINC, "68516-4", "\"valueQuantity\":{\"value\":40,\"code\":\"min/d\"}"),
                observation("o3", FhirFacts.LOINC, "82290-8", "\"valueQuantity\":{\"value\":2,\"code\":\"d/wk\"}")));

        assertThat(facts.at("/activity/aerobicMinutesPerWeek").asInt()).isEqualTo(120);
        assertThat(facts.at("/activity/strengthSessionsPerWeek").asInt()).isEqualTo(2);
    }

    @Test
    void exerciseDaysWithoutMinutesLeaveAerobicMinutesUnknown() {
        JsonNode facts = facts(patient("1970-01-01"), bundle("observations",
                observation("o1", FhirFacts.LOINC, "89574-8", "\"valueQuantity\":{\"value\":3}")));

        assertThat(facts.has("activity")).isFalse();
    }

    @Test
    void startBackQuestionnaireResponseGivesTheNineAnswers() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            items.append("{\"linkId\":\"").append(FhirFacts.START_BACK_ITEMS.get(i)).append("\",\"answer\":[{")
                    .append(i % 2 == 0 ? "\"valueBoolean\":true" : "\"valueCoding\":{\"code\":\"LA32-8\"}")
                    .append("}]},");
        }
        items.append("{\"linkId\":\"91348-3\",\"answer\":[{\"valueCoding\":{\"display\":\"Very much\"}}]}");
        String response = "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"q1\",\"status\":\"completed\","
                + "\"questionnaire\":\"http://loinc.org/q/91349-1\",\"item\":[" + items + "]}";

        JsonNode facts = facts(patient("1970-01-01"), bundle("questionnaireResponses", response));

        assertThat(facts.at("/screening/startBack/answers").toString())
                .isEqualTo("[true,false,true,false,true,false,true,false,\"VERY_MUCH\"]");
    }

    @Test
    void startBackWithAMissingItemIsAProblemAtThatItem() {
        String response = "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"q1\",\"status\":\"completed\","
                + "\"questionnaire\":\"http://loinc.org/q/91349-1\",\"item\":[{\"linkId\":\"91340-0\",\"answer\":"
                + "[{\"valueBoolean\":true}]}]}";

        FhirFacts mapped = map("{" + patient("1970-01-01") + "," + bundle("questionnaireResponses", response) + "}");

        assertThat(mapped.problems()).extracting(v -> v.path()).startsWith("$.screening.startBack.answers[1]");
    }

    @Test
    void ourFactCodesSetAnyContractPath() {
        JsonNode facts = facts(patient("1970-01-01"), bundle("observations",
                observation("o1", FhirFacts.FACTS_SYSTEM, "client.experience",
                        "\"valueCodeableConcept\":{\"coding\":[{\"code\":\"ADVANCED\"}]}"),
                observation("o2", FhirFacts.FACTS_SYSTEM, "training.techniqueCoached", "\"valueBoolean\":true"),
                observation("o3", FhirFacts.FACTS_SYSTEM, "goals", "\"valueString\":\"STRENGTH\"")));

        assertThat(facts.at("/client/experience").asText()).isEqualTo("ADVANCED");
        assertThat(facts.at("/training/techniqueCoached").asBoolean()).isTrue();
        assertThat(facts.at("/goals/0").asText()).isEqualTo("STRENGTH");
    }

    @Test
    void observationsEnteredInErrorAreLeftOut() {
        JsonNode facts = facts(patient("1970-01-01"), bundle("observations",
                observation("o1", FhirFacts.LOINC, "72514-3", "\"valueInteger\":9").replace("final",
                        "entered-in-error")));

        assertThat(facts.has("pain")).isFalse();
    }
}
