package org.coachlogic.server;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.coachlogic.Violation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps the FHIR R4 resources of a CDS Hooks prefetch to the facts contract, by the table in docs/cds-hooks.md.
 * What the resources do not say stays unknown: a fact is set only from a resource that states it. The result
 * is a facts document that {@code CoachingJson.readFacts} then checks like any other, so a value out of range
 * in FHIR is refused at its contract path, and {@link #origin} says which resource it came from.
 */
final class FhirFacts {

    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    /** Our own code system for facts FHIR has no standard code for: the code is the contract path. */
    static final String FACTS_SYSTEM = "urn:coachlogic:facts";
    /** Our code system for red-flag findings: the code is the contract's red-flag value. */
    static final String RED_FLAG_SYSTEM = "urn:coachlogic:red-flag";

    static final Map<String, String> SNOMED_CONDITIONS = Map.of(
            "64859006", "OSTEOPOROSIS",
            "363346000", "HISTORY_OF_CANCER",
            "266987004", "HISTORY_OF_CANCER");
    static final Map<String, String> SNOMED_RED_FLAGS = Map.of("386661006", "FEVER");
    static final Set<String> CONDITIONS = Set.of("OSTEOPOROSIS", "LONG_TERM_STEROIDS", "HISTORY_OF_CANCER",
            "IMMUNOSUPPRESSED", "IV_DRUG_USE");

    static final String PAIN = "72514-3";
    static final String SLEEP = "93832-4";
    static final String STRESS = "93038-8";
    static final String EXERCISE_DAYS = "89574-8";
    static final String EXERCISE_MINUTES_PER_DAY = "68516-4";
    static final String STRENGTH_DAYS = "82290-8";
    static final String START_BACK_PANEL = "91349-1";
    static final List<String> START_BACK_ITEMS = List.of("91340-0", "91341-8", "91342-6", "91343-4", "91344-2",
            "91345-9", "91346-7", "91347-5", "91348-3");
    static final Map<String, String> BOTHERSOMENESS = Map.of("not at all", "NOT_AT_ALL", "slightly", "SLIGHTLY",
            "moderately", "MODERATELY", "very much", "VERY_MUCH", "extremely", "EXTREMELY");

    private final ObjectNode facts = Json.MAPPER.createObjectNode();
    private final Map<String, String> origin = new LinkedHashMap<>();
    private final List<Violation> problems = new ArrayList<>();
    private final LocalDate today;

    private FhirFacts(LocalDate today) {
        this.today = today;
    }

    /**
     * Maps a prefetch object ({@code patient}, and optionally {@code conditions}, {@code observations} and
     * {@code questionnaireResponses}, each a Bundle or null).
     */
    static FhirFacts map(JsonNode prefetch, LocalDate today) {
        FhirFacts mapped = new FhirFacts(today);
        mapped.patient(prefetch.path("patient"));
        for (JsonNode condition : resources(prefetch.path("conditions"), "Condition")) {
            mapped.condition(condition);
        }
        mapped.observations(resources(prefetch.path("observations"), "Observation"));
        mapped.startBack(resources(prefetch.path("questionnaireResponses"), "QuestionnaireResponse"));
        return mapped;
    }

    /** The facts document, in the contract's shape. */
    ObjectNode facts() {
        return facts;
    }

    /** Whether a resource stated the client's training experience. */
    boolean experienceKnown() {
        return facts.path("client").has("experience");
    }

    /** Problems found while mapping (a resource that cannot be read as the table says), with their paths. */
    List<Violation> problems() {
        return problems;
    }

    /** The resource a contract path was set from, such as {@code Observation/pain-1}, or null. */
    String origin(String path) {
        return origin.get(path);
    }

    private void patient(JsonNode patient) {
        String birthDate = patient.path("birthDate").asText(null);
        if (birthDate == null) {
            return;
        }
        try {
            LocalDate earliest;
            LocalDate latest;
            if (birthDate.length() == 4) {
                earliest = LocalDate.of(Integer.parseInt(birthDate), 1, 1);
                latest = LocalDate.of(Integer.parseInt(birthDate), 12, 31);
            } else if (birthDate.length() == 7) {
                YearMonth month = YearMonth.parse(birthDate);
                earliest = month.atDay(1);
                latest = month.atEndOfMonth();
            } else {
                earliest = LocalDate.parse(birthDate);
                latest = earliest;
            }
            int oldest = Period.between(earliest, today).getYears();
            int youngest = Period.between(latest, today).getYears();
            if (oldest != youngest) {
                problems.add(new Violation("$.client.age", "Patient.birthDate " + birthDate
                        + " does not give one age today (" + youngest + " or " + oldest + "); a full date is needed"));
                return;
            }
            set("client.age", facts.numberNode(youngest), reference(patient));
        } catch (DateTimeParseException | NumberFormatException e) {
            problems.add(new Violation("$.client.age", "Patient.birthDate is not a FHIR date: " + birthDate));
        }
    }

    private void condition(JsonNode condition) {
        String verification = code(condition.path("verificationStatus"));
        if ("refuted".equals(verification) || "entered-in-error".equals(verification)) {
            return;
        }
        for (JsonNode coding : condition.path("code").path("coding")) {
            String system = coding.path("system").asText();
            String code = coding.path("code").asText();
            if (SNOMED.equals(system) && SNOMED_CONDITIONS.containsKey(code)) {
                add("client.conditions", SNOMED_CONDITIONS.get(code), reference(condition));
            } else if (SNOMED.equals(system) && SNOMED_RED_FLAGS.containsKey(code)) {
                add("redFlags", SNOMED_RED_FLAGS.get(code), reference(condition));
            } else if (FACTS_SYSTEM.equals(system) && CONDITIONS.contains(code)) {
                add("client.conditions", code, reference(condition));
            } else if (RED_FLAG_SYSTEM.equals(system)) {
                add("redFlags", code, reference(condition));
            }
        }
    }

    private void observations(List<JsonNode> all) {
        List<JsonNode> usable = all.stream().filter(o -> !Set.of("entered-in-error", "cancelled")
                .contains(o.path("status").asText())).sorted(Comparator.comparing(FhirFacts::when)).toList();
        Map<String, JsonNode> latestLoinc = new LinkedHashMap<>();
        for (JsonNode observation : usable) {
            for (JsonNode coding : observation.path("code").path("coding")) {
                String system = coding.path("system").asText();
                String code = coding.path("code").asText();
                if (LOINC.equals(system)) {
                    latestLoinc.put(code, observation);
                } else if (SNOMED.equals(system) && SNOMED_RED_FLAGS.containsKey(code) && present(observation)) {
                    add("redFlags", SNOMED_RED_FLAGS.get(code), reference(observation));
                } else if (RED_FLAG_SYSTEM.equals(system) && present(observation)) {
                    add("redFlags", code, reference(observation));
                } else if (FACTS_SYSTEM.equals(system)) {
                    generic(code, observation);
                }
            }
        }
        number(latestLoinc.get(PAIN), "pain.intensity");
        number(latestLoinc.get(STRESS), "stress.level");
        number(latestLoinc.get(STRENGTH_DAYS), "activity.strengthSessionsPerWeek");
        JsonNode sleep = latestLoinc.get(SLEEP);
        if (sleep != null) {
            JsonNode quantity = sleep.path("valueQuantity");
            String unit = quantity.path("code").asText(quantity.path("unit").asText(""));
            if (!quantity.path("value").isNumber() || !Set.of("h", "min").contains(unit)) {
                problems.add(new Violation("$.sleep.hoursPerNight", reference(sleep)
                        + ": sleep duration must be a valueQuantity in h or min"));
            } else {
                double hours = quantity.path("value").asDouble() / ("min".equals(unit) ? 60.0 : 1.0);
                set("sleep.hoursPerNight", facts.numberNode(Math.round(hours * 100) / 100.0), reference(sleep));
            }
        }
        JsonNode days = latestLoinc.get(EXERCISE_DAYS);
        JsonNode minutes = latestLoinc.get(EXERCISE_MINUTES_PER_DAY);
        if (days != null && minutes != null && value(days).isNumber() && value(minutes).isNumber()) {
            set("activity.aerobicMinutesPerWeek", facts.numberNode(Math.round(value(days).asDouble()
                    * value(minutes).asDouble())), reference(days) + " and " + reference(minutes));
        }
    }

    private void startBack(List<JsonNode> responses) {
        JsonNode latest = responses.stream()
                .filter(r -> Set.of("completed", "amended").contains(r.path("status").asText()))
                .filter(r -> r.path("questionnaire").asText().contains(START_BACK_PANEL) || hasStartBackItems(r))
                .max(Comparator.comparing(r -> r.path("authored").asText(""))).orElse(null);
        if (latest == null) {
            return;
        }
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        collectItems(latest.path("item"), answers);
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (int i = 0; i < START_BACK_ITEMS.size(); i++) {
            JsonNode answer = answers.get(START_BACK_ITEMS.get(i));
            if (answer == null) {
                problems.add(new Violation("$.screening.startBack.answers[" + i + "]", reference(latest)
                        + ": item " + START_BACK_ITEMS.get(i) + " is not answered"));
                continue;
            }
            array.add(i < 8 ? yesNo(answer) : bothersomeness(answer));
        }
        if (array.size() == START_BACK_ITEMS.size()) {
            ((ObjectNode) facts.withObjectProperty("screening").withObjectProperty("startBack")).set("answers", array);
            origin.put("$.screening.startBack", reference(latest));
        }
    }

    private static boolean hasStartBackItems(JsonNode response) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        collectItems(response.path("item"), answers);
        return answers.keySet().stream().anyMatch(START_BACK_ITEMS::contains);
    }

    private static void collectItems(JsonNode items, Map<String, JsonNode> answers) {
        for (JsonNode item : items) {
            if (item.path("answer").isArray() && !item.path("answer").isEmpty()) {
                answers.put(item.path("linkId").asText(), item.path("answer").get(0));
            }
            collectItems(item.path("item"), answers);
        }
    }

    /** valueBoolean, or the LOINC answers LA33-6 (yes) and LA32-8 (no); anything else is passed on as text. */
    private static JsonNode yesNo(JsonNode answer) {
        if (answer.has("valueBoolean")) {
            return answer.get("valueBoolean");
        }
        String code = answer.path("valueCoding").path("code").asText("");
        return switch (code) {
            case "LA33-6" -> Json.MAPPER.getNodeFactory().booleanNode(true);
            case "LA32-8" -> Json.MAPPER.getNodeFactory().booleanNode(false);
            default -> Json.MAPPER.getNodeFactory().textNode(code);
        };
    }

    /** Item 9 by its answer's display text (Not at all ... Extremely) or the contract's value as the code. */
    private static JsonNode bothersomeness(JsonNode answer) {
        JsonNode coding = answer.path("valueCoding");
        String display = coding.path("display").asText(answer.path("valueString").asText("")).trim()
                .toLowerCase(Locale.ROOT);
        String value = BOTHERSOMENESS.getOrDefault(display, coding.path("code").asText(display));
        return Json.MAPPER.getNodeFactory().textNode(value);
    }

    /** An Observation in our own code system: the code is a contract path, the value its value. */
    private void generic(String path, JsonNode observation) {
        JsonNode value = value(observation);
        if (value == null) {
            problems.add(new Violation("$." + path, reference(observation) + " has no value"));
            return;
        }
        if (path.equals("redFlags") || path.equals("goals") || path.equals("client.conditions")) {
            add(path, value.asText(), reference(observation));
        } else {
            set(path, value, reference(observation));
        }
    }

    private void number(JsonNode observation, String path) {
        if (observation == null) {
            return;
        }
        JsonNode value = value(observation);
        if (value == null || !value.isNumber()) {
            problems.add(new Violation("$." + path, reference(observation) + " has no numeric value"));
            return;
        }
        set(path, value, reference(observation));
    }

    /** valueQuantity.value, valueInteger, valueDecimal, valueBoolean, valueString or valueCodeableConcept's code. */
    private static JsonNode value(JsonNode observation) {
        if (observation.has("valueQuantity")) {
            return observation.path("valueQuantity").path("value");
        }
        for (String field : List.of("valueInteger", "valueDecimal", "valueBoolean", "valueString")) {
            if (observation.has(field)) {
                return observation.get(field);
            }
        }
        JsonNode coding = observation.path("valueCodeableConcept").path("coding");
        if (coding.isArray() && !coding.isEmpty()) {
            return coding.get(0).path("code");
        }
        return null;
    }

    /** A finding is present unless its value says false. */
    private static boolean present(JsonNode observation) {
        return !observation.path("valueBoolean").isBoolean() || observation.path("valueBoolean").asBoolean();
    }

    private static String when(JsonNode observation) {
        return observation.path("effectiveDateTime").asText(observation.path("issued").asText(""));
    }

    private void set(String path, JsonNode value, String from) {
        String[] parts = path.split("\\.");
        ObjectNode node = facts;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.withObjectProperty(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
        origin.put("$." + path, from);
    }

    private void add(String path, String value, String from) {
        String[] parts = path.split("\\.");
        ObjectNode node = facts;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.withObjectProperty(parts[i]);
        }
        ArrayNode array = node.withArrayProperty(parts[parts.length - 1]);
        for (JsonNode existing : array) {
            if (existing.asText().equals(value)) {
                return;
            }
        }
        array.add(value);
        origin.put("$." + path, from);
    }

    private static String code(JsonNode codeableConcept) {
        JsonNode coding = codeableConcept.path("coding");
        return coding.isArray() && !coding.isEmpty() ? coding.get(0).path("code").asText() : null;
    }

    private static String reference(JsonNode resource) {
        return resource.path("resourceType").asText("Resource") + "/" + resource.path("id").asText("?");
    }

    /** The resources of a type in a Bundle (entry[].resource), or the resource itself. */
    private static List<JsonNode> resources(JsonNode node, String type) {
        List<JsonNode> resources = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return resources;
        }
        if ("Bundle".equals(node.path("resourceType").asText())) {
            for (JsonNode entry : node.path("entry")) {
                if (type.equals(entry.path("resource").path("resourceType").asText())) {
                    resources.add(entry.path("resource"));
                }
            }
        } else if (type.equals(node.path("resourceType").asText())) {
            resources.add(node);
        }
        return resources;
    }
}
