package org.coachlogic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Goal;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A host's own mapper reads and writes the contract types exactly as {@link CoachingJson} does: the plain
 * default mapper, one configured like Spring Boot's, and one as lenient as Jackson allows.
 */
class AnyObjectMapperTest {

    /** A wrapper a host might bind a request body to. */
    record Request(String requestId, ClientFacts facts) {
    }

    static Stream<ObjectMapper> mappers() {
        ObjectMapper plain = new ObjectMapper();
        // what Spring Boot's Jackson2ObjectMapperBuilder and JacksonAutoConfiguration change from the defaults
        ObjectMapper springBoot = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .findAndAddModules()
                .build();
        ObjectMapper lenient = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
        return Stream.of(plain, springBoot, lenient);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void unknownKeysAndInvalidValuesAreRefusedWithEveryProblemAndItsPath(ObjectMapper mapper) {
        // GIVEN a misspelt red flag list, a misspelt sleep field and a lower-case enum
        String json = """
                {"client": {"age": 42, "experience": "novice"},
                 "redflags": ["FEVER"],
                 "sleep": {"hoursPerNigth": 5}}
                """;

        // WHEN
        Throwable thrown = catchThrowable(() -> mapper.readValue(json, ClientFacts.class));

        // THEN
        assertThat(thrown).isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(InvalidFactsException.class);
        assertThat(((InvalidFactsException) thrown.getCause()).violations())
                .isEqualTo(invalid(() -> CoachingJson.readFacts(json)).violations())
                .extracting(Violation::path)
                .containsExactly("$.client.experience", "$.redflags", "$.sleep.hoursPerNigth");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void factsInsideAHostsOwnRecordAreJustAsStrict(ObjectMapper mapper) {
        // GIVEN
        String json = """
                {"requestId": "r-1", "facts": {"client": {"age": 42, "experience": "NOVICE"}, "sleep": {"hours": 5}}}
                """;

        // WHEN
        Throwable thrown = catchThrowable(() -> mapper.readValue(json, Request.class));

        // THEN the path starts at the facts object
        assertThat(thrown).isInstanceOf(JsonMappingException.class);
        assertThat(cause(thrown, InvalidFactsException.class).violations()).extracting(Violation::path)
                .containsExactly("$.sleep.hours");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void numbersAreCheckedAsWrittenWhateverTheMapperDoesWithThem(ObjectMapper mapper) {
        // GIVEN
        String json = """
                {"client": {"age": 1e49, "experience": "NOVICE"}, "sleep": {"hoursPerNight": 24.0000000000000001},
                 "training": {"loadIncreasePercentLastWeek": -100.0000000000000001}}
                """;

        // WHEN
        Throwable thrown = catchThrowable(() -> mapper.readValue(json, ClientFacts.class));

        // THEN
        assertThat(cause(thrown, InvalidFactsException.class).violations()).extracting(Violation::toString)
                .containsExactly("$.client.age: is out of range, was 1e49",
                        "$.sleep.hoursPerNight: must be between 0 and 24, was 24.0000000000000001",
                        "$.training.loadIncreasePercentLastWeek: must be between -100 and 1000, was "
                                + "-100.0000000000000001");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void duplicatePropertiesAreRefusedEvenIfTheMapperWouldKeepTheLast(ObjectMapper mapper) {
        // GIVEN a second redFlags that would replace the first
        String json = """
                {"client": {"age": 42, "experience": "NOVICE"}, "redFlags": ["FEVER"], "redFlags": []}
                """;

        // WHEN
        Throwable thrown = catchThrowable(() -> mapper.readValue(json, ClientFacts.class));

        // THEN
        assertThat(cause(thrown, InvalidFactsException.class).violations()).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("$.redFlags"))
                .satisfies(v -> assertThat(v.message()).startsWith("is a duplicate property"));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void validFactsReadAsTheCodecReadsThem(ObjectMapper mapper) throws IOException {
        // GIVEN
        String json = """
                {"client": {"age": 42, "experience": "NOVICE"}, "redFlags": ["FEVER"], "sleep": {"hoursPerNight": 7.3}}
                """;

        // WHEN
        ClientFacts facts = mapper.readValue(json, ClientFacts.class);

        // THEN
        assertThat(facts).isEqualTo(CoachingJson.readFacts(json));
        assertThat(facts.has(RedFlag.FEVER)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void writingAdviceAndFactsGivesExactlyTheContract(ObjectMapper mapper) throws IOException {
        // GIVEN
        Advice advice = new Advice(List.of(new Recommendation("sleep.more", Category.RECOVERY, Priority.ADVICE,
                "Sleep more", "Detail", List.of("sleep 5 h"), List.of(new Source("who", "WHO", null)))),
                List.of(new Suppression("load.up", "pain.redflag")), List.of(), new RuleSetInfo("default", "1"));
        ClientFacts facts = ClientFacts.of(Client.of(42, Experience.NOVICE)).withGoals(Set.of(Goal.STRENGTH))
                .withSleep(new Sleep(5.5));
        ObjectMapper compact = new ObjectMapper();

        // WHEN
        String adviceJson = mapper.writeValueAsString(advice);
        String factsJson = mapper.writeValueAsString(facts);

        // THEN the same tree, property order included, as the codec writes
        assertThat(compact.readTree(adviceJson).toString())
                .isEqualTo(compact.readTree(CoachingJson.writeAdvice(advice)).toString());
        assertThat(compact.readTree(factsJson).toString())
                .isEqualTo(compact.readTree(CoachingJson.writeFacts(facts)).toString());
        assertThat(mapper.readValue(adviceJson, Advice.class)).isEqualTo(advice);
    }

    private static InvalidFactsException invalid(Runnable read) {
        Throwable thrown = catchThrowable(read::run);
        assertThat(thrown).isInstanceOf(InvalidFactsException.class);
        return (InvalidFactsException) thrown;
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the causes of " + thrown);
    }
}
