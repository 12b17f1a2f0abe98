package org.coachlogic.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.coachlogic.CoachingJson;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.RedFlag;
import org.junit.jupiter.api.Test;

class ClientGeneratorTest {

    private static final int CLIENTS = 10_000;

    @Test
    void theSameSeedGivesTheSameClients() {
        // WHEN two generators with the same seed, and one with another, draw clients
        List<ClientFacts> first = ClientGenerator.population(5).stream(200).toList();
        List<ClientFacts> again = ClientGenerator.population(5).stream(200).toList();
        List<ClientFacts> other = ClientGenerator.population(6).stream(200).toList();

        // THEN the same seed gave equal clients, and another seed different ones
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(ClientGenerator.thresholds(5).stream(200).toList())
                .isEqualTo(ClientGenerator.thresholds(5).stream(200).toList());
    }

    @Test
    void aPopulationReachesEveryFieldKnownAndUnknownAndEveryRedFlag() {
        // GIVEN a realistic population
        List<ClientFacts> clients = ClientGenerator.population(1).stream(CLIENTS).toList();

        // THEN every field of the contract is known in some clients and unknown in others
        assertEveryFieldVaries(clients);
        // and red flags are rare but every one of them occurs
        long withRedFlags = clients.stream().filter(c -> !c.redFlags().isEmpty()).count();
        assertThat(withRedFlags).isBetween(CLIENTS / 40L, CLIENTS / 10L);
        Set<RedFlag> seen = EnumSet.noneOf(RedFlag.class);
        clients.forEach(c -> seen.addAll(c.redFlags()));
        assertThat(seen).isEqualTo(EnumSet.allOf(RedFlag.class));
    }

    @Test
    void aPopulationLooksLikePeople() {
        // GIVEN a realistic population
        List<ClientFacts> clients = ClientGenerator.population(2).stream(CLIENTS).toList();

        // THEN most are adults of working age, most sleep six to nine hours, and two in three report pain
        assertThat(share(clients, c -> c.client().age() >= 18 && c.client().age() <= 75)).isGreaterThan(0.9);
        assertThat(share(clients.stream().filter(c -> c.sleep() != null && c.sleep().hoursPerNight() != null).toList(),
                c -> c.sleep().hoursPerNight() >= 5.5 && c.sleep().hoursPerNight() <= 9)).isGreaterThan(0.85);
        assertThat(share(clients, c -> c.pain() != null)).isBetween(0.6, 0.72);
    }

    @Test
    void thresholdClientsLandOnTheRulesThresholdsAndVaryEveryField() {
        // GIVEN clients biased towards the thresholds
        List<ClientFacts> clients = ClientGenerator.thresholds(3).stream(CLIENTS).toList();

        // THEN the thresholds are hit often, and every field still varies
        assertThat(share(clients, c -> c.sleep() != null && Double.valueOf(7.0).equals(c.sleep().hoursPerNight())))
                .isGreaterThan(0.02);
        assertThat(share(clients, c -> c.client().age() == 50)).isGreaterThan(0.02);
        assertThat(share(clients, c -> !c.redFlags().isEmpty())).isBetween(0.2, 0.4);
        assertEveryFieldVaries(clients);
    }

    @Test
    void everyGeneratedClientSurvivesATripThroughTheJsonContract() {
        // GIVEN clients of both mixes
        List<ClientFacts> clients = new java.util.ArrayList<>(ClientGenerator.population(4).stream(2_000).toList());
        clients.addAll(ClientGenerator.thresholds(4).stream(2_000).toList());

        // THEN each is valid JSON on one line that reads back to equal facts
        for (ClientFacts facts : clients) {
            String line = CoachingJson.writeFactsLine(facts);
            assertThat(line).endsWith("\n").doesNotContain("\n\n");
            assertThat(line.strip()).doesNotContain("\n");
            assertThat(CoachingJson.readFacts(line)).isEqualTo(facts);
        }
    }

    private static double share(List<ClientFacts> clients, Predicate<ClientFacts> test) {
        return (double) clients.stream().filter(test).count() / clients.size();
    }

    /** Each field, read through the JSON contract: present in some clients and absent in others. */
    private static void assertEveryFieldVaries(List<ClientFacts> clients) {
        Map<String, Integer> known = new TreeMap<>();
        for (ClientFacts facts : clients.subList(0, 5_000)) {
            fields("", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Objects.requireNonNull(
                    readTree(CoachingJson.writeFactsLine(facts)))), known);
        }
        List<String> expected = List.of("client.age", "client.experience", "client.occupation", "client.sport.name",
                "client.sport.pushDominant", "client.conditions", "goals", "pain.region", "pain.intensity",
                "pain.durationWeeks", "pain.trend", "pain.acuteInjury", "pain.nightPain", "pain.legSymptoms",
                "redFlags", "sleep.hoursPerNight", "stress.level", "activity.sedentaryHoursPerDay",
                "activity.strengthSessionsPerWeek", "activity.backSessionsPerWeek", "activity.aerobicMinutesPerWeek",
                "activity.stoppedTrainingBecauseOfPain", "mindset.fearOfMovement", "mindset.believesSpineIsFragile",
                "mindset.painCatastrophizingScore", "training.loadIncreasePercentLastWeek", "training.techniqueCoached",
                "training.repsAboveTargetLastTwoSessions", "screening.startBack.answers");
        assertThat(known.keySet()).containsAll(expected);
        expected.stream().filter(field -> !field.equals("client.age") && !field.equals("client.experience"))
                .forEach(field -> assertThat(known.get(field)).as(field).isBetween(100, 4_900));
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static void fields(String prefix, com.fasterxml.jackson.databind.JsonNode node, Map<String, Integer> known) {
        node.fields().forEachRemaining(entry -> {
            String name = prefix + entry.getKey();
            if (entry.getValue().isObject()) {
                fields(name + ".", entry.getValue(), known);
            } else {
                known.merge(name, 1, Integer::sum);
            }
        });
    }
}
