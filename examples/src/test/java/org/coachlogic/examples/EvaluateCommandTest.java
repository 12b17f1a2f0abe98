package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.client;
import static org.coachlogic.examples.Coach.coach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code coach evaluate}, run as a process against the packaged jar. */
class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A recommendation's header line in the text output: {@code [URGENT] SAFETY  safety.cauda-equina}. */
    private static final Pattern HEADER = Pattern.compile("(?m)^\\[([A-Z]+)] ([A-Z]+)  (\\S+)$");
    private static final Pattern WITHHELD = Pattern.compile("(?m)^Withheld: (\\S+) \\(by (\\S+)\\)$");

    /** The example clients' file names, which also name the parameterized test cases. */
    static List<String> exampleClients() {
        return Coach.clients().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void everySituationHasAnExampleClient() {
        // GIVEN the situations the examples promise to cover
        List<String> expected = List.of("acute-injury.json", "athlete.json", "chronic-pain.json", "desk-worker.json",
                "novice.json", "red-flags.json");

        // WHEN listing the example clients
        List<String> names = exampleClients();

        // THEN each one is there
        assertThat(names).containsAll(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleClients")
    void evaluatePrintsAtLeastOneRecommendationForEachExampleClient(String client) {
        Path file = client(client);

        // WHEN evaluating an example client as text
        Coach.Run run = coach("evaluate", file.toString());

        // THEN it succeeds quietly and prints at least one recommendation with its explanation and sources
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).as("standard error").isEmpty();
        assertThat(HEADER.matcher(run.stdout()).find()).as(run.toString()).isTrue();
        assertThat(run.stdout()).contains("  Because:\n", "  Sources:\n", "Rule set: ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleClients")
    void jsonOutputFollowsTheOutputContract(String client) throws IOException {
        Path file = client(client);

        // WHEN evaluating an example client as JSON
        Coach.Run run = coach("evaluate", "--json", file.toString());

        // THEN the output parses and has exactly the contract's fields, and the advice is complete
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).as("standard error").isEmpty();
        JsonNode advice = JSON.readTree(run.stdoutBytes());
        assertThat(fieldNames(advice)).containsExactly("complete", "recommendations", "suppressed", "assessments",
                "ruleSet");
        assertThat(advice.get("complete").asBoolean(false)).isTrue();
        assertThat(advice.get("recommendations").isArray()).isTrue();
        assertThat(advice.get("suppressed").isArray()).isTrue();
        assertThat(advice.get("ruleSet").path("name").asText()).isNotBlank();
        assertThat(advice.get("ruleSet").path("version").asText()).isNotBlank();

        // AND every recommendation is complete
        List<JsonNode> recommendations = list(advice.get("recommendations"));
        for (JsonNode recommendation : recommendations) {
            String id = recommendation.path("id").asText();
            assertThat(id).as("id").matches("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
            assertThat(names(Category.values())).as(id + " category").contains(recommendation.path("category").asText());
            assertThat(names(Priority.values())).as(id + " priority").contains(recommendation.path("priority").asText());
            assertThat(recommendation.path("summary").asText()).as(id + " summary").isNotBlank().hasSizeLessThanOrEqualTo(140);
            assertThat(recommendation.path("detail").asText()).as(id + " detail").isNotBlank();
            assertThat(list(recommendation.path("because"))).as(id + " because").isNotEmpty()
                    .allSatisfy(reason -> assertThat(reason.asText()).isNotBlank());
            assertThat(list(recommendation.path("sources"))).as(id + " sources").isNotEmpty().allSatisfy(source -> {
                assertThat(source.path("key").asText()).isNotBlank();
                assertThat(source.path("label").asText()).isNotBlank();
                if (source.has("url")) {
                    assertThat(source.get("url").asText()).startsWith("http");
                }
            });
        }

        // AND they come URGENT, CAUTION, ADVICE, then by category, then by id
        assertThat(recommendations).isSortedAccordingTo(Comparator
                .comparing((JsonNode r) -> Priority.valueOf(r.path("priority").asText()))
                .thenComparing(r -> Category.valueOf(r.path("category").asText()))
                .thenComparing(r -> r.path("id").asText()));

        // AND each withheld recommendation names a shown one that withheld it
        List<String> shown = recommendations.stream().map(r -> r.path("id").asText()).toList();
        for (JsonNode suppressed : list(advice.get("suppressed"))) {
            assertThat(fieldNames(suppressed)).containsExactly("id", "by");
            assertThat(shown).doesNotContain(suppressed.path("id").asText()).contains(suppressed.path("by").asText());
        }

        // AND an urgent safety recommendation leaves nothing outside SAFETY on show
        boolean urgentSafety = recommendations.stream().anyMatch(r -> r.path("priority").asText().equals("URGENT")
                && r.path("category").asText().equals("SAFETY"));
        if (urgentSafety) {
            assertThat(recommendations).allSatisfy(r -> assertThat(r.path("category").asText()).isEqualTo("SAFETY"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleClients")
    void textAndJsonShowTheSameRecommendationsInTheSameOrder(String client) throws IOException {
        Path file = client(client);

        // WHEN evaluating the same client as text and as JSON
        Coach.Run text = coach("evaluate", file.toString());
        Coach.Run json = coach("evaluate", "--json", file.toString());
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(json.exitCode()).as(json.toString()).isZero();

        // THEN the text's headers and withheld lines match the JSON, one for one
        JsonNode advice = JSON.readTree(json.stdoutBytes());
        List<String> jsonHeaders = list(advice.get("recommendations")).stream()
                .map(r -> r.path("priority").asText() + " " + r.path("category").asText() + " " + r.path("id").asText())
                .toList();
        assertThat(groups(HEADER, text.stdout())).isEqualTo(jsonHeaders);
        List<String> jsonWithheld = list(advice.get("suppressed")).stream()
                .map(s -> s.path("id").asText() + " " + s.path("by").asText()).toList();
        assertThat(groups(WITHHELD, text.stdout())).isEqualTo(jsonWithheld);
        assertThat(text.stdout()).contains("Rule set: " + advice.get("ruleSet").path("name").asText() + " "
                + advice.get("ruleSet").path("version").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleClients")
    void theSameInputGivesByteIdenticalJson(String client) {
        Path file = client(client);

        // WHEN the same client is evaluated twice, in two processes
        Coach.Run first = coach("evaluate", "--json", file.toString());
        Coach.Run second = coach("evaluate", "--json", file.toString());

        // THEN the two outputs are the same bytes
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.stdoutBytes()).isEqualTo(first.stdoutBytes());
    }

    @Test
    void aDashReadsTheFactsFromStandardInput() throws IOException {
        // GIVEN an example client's bytes
        Path file = client("desk-worker.json");
        byte[] facts = Files.readAllBytes(file);

        // WHEN they are piped in with "-" instead of naming the file
        Coach.Run fromStdin = coach(facts, "evaluate", "-");
        Coach.Run jsonFromStdin = coach(facts, "evaluate", "--json", "-");

        // THEN the advice is the same as from the file
        assertThat(fromStdin.exitCode()).as(fromStdin.toString()).isZero();
        assertThat(fromStdin.stdout()).isEqualTo(coach("evaluate", file.toString()).stdout());
        assertThat(jsonFromStdin.exitCode()).as(jsonFromStdin.toString()).isZero();
        assertThat(jsonFromStdin.stdoutBytes()).isEqualTo(coach("evaluate", "--json", file.toString()).stdoutBytes());
    }

    @Test
    void incompleteAdviceIsPrintedAndExitsWithThree() throws IOException {
        // GIVEN a pack whose rule never stops firing, and the red-flag client
        Path pack = Coach.resource("runaway-pack");

        // WHEN evaluating it, as text and as JSON
        Coach.Run text = coach("evaluate", "--pack", pack.toString(), client("red-flags.json").toString());
        Coach.Run json = coach("evaluate", "--json", "--pack", pack.toString(), client("red-flags.json").toString());

        // THEN both exit 3 and print the urgent referral, marked incomplete; the failure is named on stderr
        assertThat(text.exitCode()).as(text.toString()).isEqualTo(3);
        assertThat(text.stdout()).startsWith("INCOMPLETE ADVICE:").contains("[URGENT] SAFETY  safety.cauda-equina");
        assertThat(text.stderr()).contains("coach: incomplete advice").contains("(rule attack.spin)");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(3);
        JsonNode advice = JSON.readTree(json.stdoutBytes());
        assertThat(advice.path("complete").asBoolean(true)).isFalse();
        assertThat(advice.path("failure").path("rule").asText()).isEqualTo("attack.spin");
        assertThat(advice.path("recommendations").get(0).path("id").asText()).isEqualTo("safety.cauda-equina");
        assertNoStackTrace(text);
    }

    @Test
    void invalidFactsExitWithTwoAndListEveryViolationWithItsPath() {
        // GIVEN a file with a misspelt red flag and a pain intensity above 10
        Path file = Coach.resource("invalid/misspelt-red-flag-and-intensity-out-of-range.json");

        // WHEN evaluating it
        Coach.Run run = coach("evaluate", file.toString());

        // THEN it exits 2 with a header naming the file and one "path: message" line per problem, no stack trace
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        List<String> lines = run.stderr().lines().toList();
        assertThat(lines.get(0)).contains(file.toString());
        assertThat(lines).anyMatch(line -> line.startsWith("$.redFlags[0]: "))
                .anyMatch(line -> line.startsWith("$.pain.intensity: "));
        assertNoStackTrace(run);
    }

    @Test
    void malformedJsonExitsWithTwoAndNamesWhereItBroke() {
        // GIVEN a file that stops in the middle of an object
        Path file = Coach.resource("invalid/truncated-json.json");

        // WHEN evaluating it
        Coach.Run run = coach("evaluate", file.toString());

        // THEN it exits 2 with at least one problem line that starts with a JSON path
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        List<String> lines = run.stderr().lines().toList();
        assertThat(lines.get(0)).contains(file.toString());
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(line -> line.startsWith("$"));
        assertNoStackTrace(run);
    }

    @Test
    void aMissingFileExitsWithTwo() {
        // GIVEN a path where there is no file
        String missing = Coach.clientsFolder().resolve("no-such-client.json").toString();

        // WHEN evaluating it
        Coach.Run run = coach("evaluate", missing);

        // THEN it exits 2 with a one-line message naming the file
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().lines().toList()).hasSize(1).allMatch(line -> line.contains(missing));
        assertNoStackTrace(run);
    }

    @Test
    void usageErrorsExitWithTwoAndAShortMessage() {
        // WHEN the command line itself is wrong: no file, an unknown option, an unknown command
        for (String[] args : List.of(new String[] {"evaluate"}, new String[] {"evaluate", "--no-such-option", "x.json"},
                new String[] {"evaluat", "x.json"}, new String[0])) {
            Coach.Run run = coach(args);

            // THEN each exits 2 with a short message on standard error that points to the help
            assertThat(run.exitCode()).as(Arrays.toString(args) + "\n" + run).isEqualTo(2);
            assertThat(run.stdout()).as(Arrays.toString(args)).isEmpty();
            assertThat(run.stderr()).as(Arrays.toString(args)).contains("--help").doesNotContain("Usage:");
            assertNoStackTrace(run);
        }
    }

    static void assertNoStackTrace(Coach.Run run) {
        assertThat(run.stderr()).as("standard error").doesNotContain("Exception").doesNotContain("at org.")
                .doesNotContainPattern("(?m)^\\s+at ");
    }

    private static List<String> groups(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            List<String> parts = new ArrayList<>();
            for (int i = 1; i <= matcher.groupCount(); i++) {
                parts.add(matcher.group(i));
            }
            found.add(String.join(" ", parts));
        }
        return found;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
