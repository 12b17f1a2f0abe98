package org.coachlogic.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.testkit.ClientGenerator;
import org.junit.jupiter.api.Test;

/**
 * The quick reader of valid facts ({@link ValidFactsReader}) against the strict one ({@code FactsReader}), which
 * names every problem: on generated clients and on documents changed from them in the ways input goes wrong or
 * is spelled unusually, the quick reader gives equal facts or gives up, and it never accepts what the strict
 * reader refuses. (In this module because the client generator is here; the class is in the codec's package.)
 */
class ValidFactsReaderAgreesWithStrictTest {

    private static final int CLIENTS = 10_000;
    private static final int CHANGED = 20_000;

    /** A number as a value of a property or an array element. */
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,])-?\\d+(\\.\\d+)?(?=[,}\\]])");
    /** A string as a value of a property or an array element. */
    private static final Pattern STRING = Pattern.compile("(?<=[:\\[,])\"[^\"]*\"(?=[,}\\]])");
    private static final Pattern BOOLEAN = Pattern.compile("(?<=[:\\[,])(true|false)(?=[,}\\]])");
    /** A property: its name, a colon and a value that holds no object or array. */
    private static final Pattern PROPERTY = Pattern.compile("\"[A-Za-z0-9]+\":(\"[^\"]*\"|[^,{}\\[\\]]+)(?=[,}])");

    private static final List<String> NUMBERS = List.of("0", "-0", "-0.0", "0.0", "1", "-1", "9", "10", "11", "21",
            "22", "24", "25", "52", "53", "100", "-100", "-101", "119", "120", "121", "520", "521", "1000", "1001",
            "10080", "10081", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "42.0", "42.5",
            "1e1", "1E2", "1.5e1", "24.0", "24.0000000000000001", "23.99999999999999999", "-100.00000000000001",
            "-99.999999999999999", "0.30000000000000004", "1000.0000000000001", "999.99999999999999", "6.999999",
            "0.1", "0.000000000000001", "0.0000000000000001", "123456789012345.6", "7.123456789012345", "1e999",
            "-1e-400", "0.5", "8.25", "10.7", "\"7\"", "null", "true", "[]", "{}", "[1]", "01", "1.", ".5", "+1", "NaN");
    private static final List<String> STRINGS = List.of("\"\"", "\"novice\"", "\"NOVICE \"", "\"NOV\\u0049CE\"",
            "\"LOW_BACK\"", "\"NONE\"", "\"FEVER\"", "\"\\ud800\"", "\"\\ud83d\\ude00\"", "\"caf\u00e9\"", "\"a\\nb\"",
            "\"" + "x".repeat(101) + "\"", "\"" + "x".repeat(100) + "\"", "null", "1", "true", "[]", "{}",
            "[\"FEVER\"]", "\"DESK\"", "\"VERY_MUCH\"", "\"IMPROVING\"");
    private static final List<String> INSERTIONS = List.of("\"extra\":1,", "\"age\":30,", "\"client\":null,",
            "\"goals\":[],", "\"redFlags\":[\"FEVER\"],", "\"level\":5,", "\"name\":\"x\",", "\"answers\":[],",
            "\"startBack\":null,", "\"hoursPerNight\":7,", "\"sport\":{},", "\"conditions\":[\"PREGNANCY\"],",
            "\"conditions\":[],", "\"pushDominant\":true,", "\"\\u0061ge\":31,", "\"trend\":\"STABLE\",");
    private static final String NOISE = "{}[],:\"\\0123456789.-eE aAtrufnl\u00e9\u0000\t\n";

    @Test
    void generatedClientsAreReadQuicklyAsEqualFacts() {
        // GIVEN realistic clients and clients at the rules' thresholds, as JSON Lines
        List<String> lines = new ArrayList<>();
        ClientGenerator.population(11).stream(CLIENTS).forEach(c -> lines.add(CoachingJson.writeFactsLine(c)));
        ClientGenerator.thresholds(12).stream(CLIENTS).forEach(c -> lines.add(CoachingJson.writeFactsLine(c)));

        for (String line : lines) {
            byte[] json = line.getBytes(StandardCharsets.UTF_8);
            // WHEN the quick reader and the strict reader read each
            ClientFacts quick = ValidFactsReader.read(json);

            // THEN the quick reader gave facts, equal to the strict reader's
            assertThat(quick).as(line).isNotNull().isEqualTo(FactsReader.readStrictly(json));
        }
    }

    @Test
    void changedDocumentsAreReadAsTheStrictReaderReadsThemOrLeftToIt() {
        // GIVEN generated clients, each changed in one place: a number, a string, a true or false, a property
        // repeated, removed or added, a character dropped or added, content after the end, a cut
        Random random = new Random(13);
        ClientGenerator clients = ClientGenerator.thresholds(14);
        int refused = 0;
        int acceptedQuickly = 0;
        int leftToStrict = 0;
        for (int i = 0; i < CHANGED; i++) {
            String original = CoachingJson.writeFactsLine(clients.next()).strip();
            String changed = change(original, random);
            byte[] json = changed.getBytes(StandardCharsets.UTF_8);

            // WHEN both readers read it
            ClientFacts strict;
            try {
                strict = FactsReader.readStrictly(json);
            } catch (InvalidFactsException e) {
                strict = null;
            }
            ClientFacts quick = ValidFactsReader.read(json);

            // THEN what the strict reader refuses the quick one leaves to it, and what the quick one accepts
            // the strict one reads as equal facts
            if (strict == null) {
                refused++;
                assertThat(quick).as("refused by the strict reader: %s", changed).isNull();
            } else if (quick == null) {
                leftToStrict++;
            } else {
                acceptedQuickly++;
                assertThat(quick).as(changed).isEqualTo(strict);
            }
        }
        // AND the changes made both valid and invalid documents, most valid ones read quickly
        assertThat(refused).as("refused").isGreaterThan(CHANGED / 4);
        assertThat(acceptedQuickly).as("accepted quickly, against %d left to the strict reader", leftToStrict)
                .isGreaterThan(CHANGED / 8).isGreaterThan(leftToStrict);
    }

    @Test
    void unusualButValidSpellingsAreLeftToTheStrictReader() {
        // GIVEN valid documents with a null, a whole number written with a fraction, an exponent, an escape
        List<String> valid = List.of(
                "{\"client\":{\"age\":30,\"experience\":\"NOVICE\"},\"pain\":null}",
                "{\"client\":{\"age\":30.0,\"experience\":\"NOVICE\"}}",
                "{\"client\":{\"age\":30,\"experience\":\"NOVICE\"},\"sleep\":{\"hoursPerNight\":7e0}}",
                "{\"client\":{\"age\":30,\"experience\":\"NOVICE\"},\"sleep\":{\"hoursPerNight\":24.0}}",
                "{\"client\":{\"age\":30,\"experience\":\"NOVICE\"},\"sleep\":{\"hoursPerNight\":23.99999999999999999}}");
        for (String json : valid) {
            // WHEN both read it
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            ClientFacts strict = FactsReader.readStrictly(bytes);
            ClientFacts quick = ValidFactsReader.read(bytes);

            // THEN the quick reader gives equal facts or leaves it, and the codec reads it as the strict reader does
            assertThat(quick).as(json).isIn(null, strict);
            assertThat(CoachingJson.readFacts(json)).as(json).isEqualTo(strict);
        }
    }

    private static String change(String json, Random random) {
        return switch (random.nextInt(11)) {
            case 0, 1 -> replaceOne(json, NUMBER, NUMBERS, random);
            case 2 -> replaceOne(json, STRING, STRINGS, random);
            case 3 -> replaceOne(json, BOOLEAN, List.of("true", "false", "null", "1", "\"true\"", "[true]"), random);
            case 4 -> repeatOrDropProperty(json, random);
            case 5 -> insertAfterBrace(json, INSERTIONS.get(random.nextInt(INSERTIONS.size())), random);
            case 6 -> {
                int at = random.nextInt(json.length());
                yield json.substring(0, at) + json.substring(at + 1);
            }
            case 7 -> {
                int at = random.nextInt(json.length() + 1);
                yield json.substring(0, at) + NOISE.charAt(random.nextInt(NOISE.length())) + json.substring(at);
            }
            case 8 -> json + List.of(" {}", " x", "\n", " ", "}", ",", "\u0000").get(random.nextInt(7));
            case 9 -> json.substring(0, random.nextInt(json.length()));
            default -> List.of("\ufeff", " ", "\n", "[", "\u0000").get(random.nextInt(5)) + json;
        };
    }

    private static String replaceOne(String json, Pattern pattern, List<String> replacements, Random random) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(json);
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        if (found.isEmpty()) {
            return json;
        }
        int[] at = found.get(random.nextInt(found.size()));
        return json.substring(0, at[0]) + replacements.get(random.nextInt(replacements.size())) + json.substring(at[1]);
    }

    private static String repeatOrDropProperty(String json, Random random) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = PROPERTY.matcher(json);
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        if (found.isEmpty()) {
            return json;
        }
        int[] at = found.get(random.nextInt(found.size()));
        String property = json.substring(at[0], at[1]);
        if (random.nextBoolean()) {
            return json.substring(0, at[1]) + "," + property + json.substring(at[1]); // the same property twice
        }
        // dropped, with the comma that joined it
        if (json.charAt(at[1]) == ',') {
            return json.substring(0, at[0]) + json.substring(at[1] + 1);
        }
        return json.charAt(at[0] - 1) == ',' ? json.substring(0, at[0] - 1) + json.substring(at[1])
                : json.substring(0, at[0]) + json.substring(at[1]);
    }

    private static String insertAfterBrace(String json, String property, Random random) {
        List<Integer> braces = new ArrayList<>();
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) == '{') {
                braces.add(i);
            }
        }
        int at = braces.get(random.nextInt(braces.size())) + 1;
        return json.substring(0, at) + property + json.substring(at);
    }
}
