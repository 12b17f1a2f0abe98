package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.apiguardian.api.API;

import org.coachlogic.Category;
import org.coachlogic.Priority;

/**
 * Loads fixture files: one fixture per file, or an array of them. Folders are searched recursively for
 * {@code *.json} files, in path order, so a run is repeatable.
 *
 * <pre>
 * { "name": "desk worker with a posture goal gets back and core work",
 *   "facts": { "client": { "age": 38, "experience": "NOVICE", "occupation": "DESK" }, "goals": ["POSTURE"] },
 *   "expect": { "fires": ["programming.posture-back-and-core"], "doesNotFire": ["safety.cauda-equina"] } }
 * </pre>
 * Instead of {@code facts}, {@code factsFile} names a client file relative to the fixture file. Instead of
 * {@code expect}, {@code expectError} lists JSON paths that must be reported as invalid.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Fixtures {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private static final Set<String> FIXTURE_KEYS = Set.of("name", "facts", "factsFile", "expect", "expectError");
    private static final Set<String> EXPECT_KEYS =
            Set.of("fires", "doesNotFire", "categories", "top", "suppressed", "exactly");

    private Fixtures() {
    }

    /**
     * Every fixture in these files and folders.
     *
     * @throws FixtureFileException if a file is not a valid fixture file; names the file and every problem
     */
    public static List<Fixture> load(Path... roots) {
        List<Fixture> fixtures = new ArrayList<>();
        for (Path file : files(roots)) {
            fixtures.addAll(loadFile(file));
        }
        return fixtures;
    }

    /** The fixture files below these roots, in path order. */
    public static List<Path> files(Path... roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read fixture folder " + root, e);
                }
            } else if (Files.isRegularFile(root)) {
                files.add(root);
            } else {
                throw new FixtureFileException(root, List.of("no such file or folder"));
            }
        }
        return files;
    }

    /** The fixtures in one file. */
    public static List<Fixture> loadFile(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new FixtureFileException(file, List.of("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new FixtureFileException(file, List.of("cannot read: " + e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new FixtureFileException(file, List.of("the file is empty"));
        }
        List<String> problems = new ArrayList<>();
        List<Fixture> fixtures = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                parse(file, root.get(i), i + 1, "[" + i + "]", problems, fixtures);
            }
        } else {
            parse(file, root, 1, "", problems, fixtures);
        }
        if (!problems.isEmpty()) {
            throw new FixtureFileException(file, problems);
        }
        return fixtures;
    }

    private static void parse(Path file, JsonNode node, int index, String at, List<String> problems,
                              List<Fixture> out) {
        String where = "fixture " + index + (at.isEmpty() ? "" : " (" + at + ")");
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(where + ": must be an object");
            return;
        }
        unknownKeys(node, FIXTURE_KEYS, where, problems);
        String name = node.path("name").isTextual() ? node.get("name").asText() : null;
        if (name == null || name.isBlank()) {
            problems.add(where + ": \"name\" is required and must be a non-empty string");
        }
        String facts = null;
        if (node.has("facts") == node.has("factsFile")) {
            problems.add(where + ": give exactly one of \"facts\" and \"factsFile\"");
        } else if (node.has("facts")) {
            facts = node.get("facts").toString();
        } else if (!node.get("factsFile").isTextual()) {
            problems.add(where + ": \"factsFile\" must be a path relative to the fixture file");
        } else {
            Path factsFile = file.resolveSibling(node.get("factsFile").asText());
            try {
                facts = Files.readString(factsFile);
            } catch (IOException e) {
                problems.add(where + ": cannot read factsFile " + factsFile);
            }
        }
        Expectation expect = null;
        List<String> expectError = null;
        if (node.has("expect") == node.has("expectError")) {
            problems.add(where + ": give exactly one of \"expect\" and \"expectError\"");
        } else if (node.has("expect")) {
            expect = expectation(node.get("expect"), where + ": expect", problems);
        } else {
            expectError = strings(node.get("expectError"), where + ": expectError", problems);
        }
        if (problems.size() == before) {
            out.add(new Fixture(name, file, index, facts, expect, expectError));
        }
    }

    private static Expectation expectation(JsonNode node, String where, List<String> problems) {
        if (!node.isObject()) {
            problems.add(where + " must be an object");
            return null;
        }
        unknownKeys(node, EXPECT_KEYS, where, problems);
        List<Category> includes = null;
        List<Category> excludes = null;
        if (node.has("categories")) {
            JsonNode categories = node.get("categories");
            unknownKeys(categories, Set.of("includes", "excludes"), where + ".categories", problems);
            includes = enums(categories.get("includes"), Category.class, where + ".categories.includes", problems);
            excludes = enums(categories.get("excludes"), Category.class, where + ".categories.excludes", problems);
        }
        Category topCategory = null;
        Priority topPriority = null;
        if (node.has("top")) {
            JsonNode top = node.get("top");
            unknownKeys(top, Set.of("category", "priority"), where + ".top", problems);
            topCategory = enumValue(top.get("category"), Category.class, where + ".top.category", problems);
            topPriority = enumValue(top.get("priority"), Priority.class, where + ".top.priority", problems);
        }
        return new Expectation(strings(node.get("fires"), where + ".fires", problems),
                strings(node.get("doesNotFire"), where + ".doesNotFire", problems), includes, excludes,
                topCategory, topPriority, strings(node.get("suppressed"), where + ".suppressed", problems),
                strings(node.get("exactly"), where + ".exactly", problems));
    }

    private static void unknownKeys(JsonNode node, Set<String> allowed, String where, List<String> problems) {
        if (!node.isObject()) {
            problems.add(where + " must be an object");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!allowed.contains(key)) {
                problems.add(where + ": unknown key \"" + key + "\"; expected one of " + allowed.stream().sorted().toList());
            }
        }
    }

    private static List<String> strings(JsonNode node, String where, List<String> problems) {
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(where + " must be an array of strings");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                problems.add(where + " must contain only strings, found " + element);
            } else {
                values.add(element.asText());
            }
        }
        return values;
    }

    private static <E extends Enum<E>> List<E> enums(JsonNode node, Class<E> type, String where, List<String> problems) {
        List<String> names = strings(node, where, problems);
        if (names == null) {
            return null;
        }
        List<E> values = new ArrayList<>();
        for (String name : names) {
            E value = parseEnum(name, type, where, problems);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, Class<E> type, String where, List<String> problems) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(where + " must be a string");
            return null;
        }
        return parseEnum(node.asText(), type, where, problems);
    }

    private static <E extends Enum<E>> E parseEnum(String name, Class<E> type, String where, List<String> problems) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": unknown " + type.getSimpleName().toLowerCase() + " \"" + name + "\"; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
