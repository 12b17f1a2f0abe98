package org.coachlogic.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.coachlogic.RuleProblem;
import org.coachlogic.Source;
import org.coachlogic.Violation;
import org.coachlogic.internal.json.JsonCodec;

/**
 * A rule pack's {@code pack.json}: who it is, which default rules it overrides or disables and why, the
 * sources its rules may cite beyond the default registry, and optionally which DRL files it holds.
 */
record PackDescriptor(String name, String version, String description, Map<String, String> overrides,
                      Map<String, String> disables, List<Source> sources, List<String> files,
                      Map<String, Double> parameters, List<ParameterSet.Definition> parameterDefinitions,
                      Places places) {

    /**
     * Where things are in the descriptor's text: each JSON path's {line, column}, and the path of each named
     * entry ({@code overrides/ID}, {@code disables/ID}, {@code sources/KEY}, {@code parameters/NAME},
     * {@code parameterDefinitions/NAME}), so that a problem found later is reported at its line.
     */
    record Places(Map<String, int[]> positions, Map<String, String> entries) {

        static final Places NONE = new Places(Map.of(), Map.of());

        RuleProblem problem(String pack, String path, String message) {
            int[] at = positions.get(path);
            return at == null ? new RuleProblem(pack, PackSource.DESCRIPTOR, 0, message)
                    : new RuleProblem(pack, PackSource.DESCRIPTOR, at[0], at[1], null, null, message);
        }
    }

    /** A problem with the named entry ({@code "overrides", id}), at its line when it is in the text. */
    RuleProblem problemWith(String list, String key, String message) {
        return places.problem(name, places.entries().getOrDefault(list + "/" + key, ""), message);
    }

    private static final String ROOT = "$";
    private static final Pattern POSITION = Pattern.compile(" \\(line (\\d+), column (\\d+)\\)$");
    private static final Set<String> KEYS =
            Set.of("name", "version", "description", "overrides", "disables", "sources", "files", "parameters",
                    "parameterDefinitions");

    /**
     * Parses a descriptor, adding every problem found. Returns what could be read even when there are
     * problems, so that the pack's rules are still checked and every problem is reported in one go.
     */
    static PackDescriptor parse(String location, String text, List<RuleProblem> problems) {
        PackDescriptor unreadable = new PackDescriptor(location, "", "", Map.of(), Map.of(), List.of(), List.of(),
                Map.of(), List.of(), Places.NONE);
        List<Violation> invalid = new ArrayList<>();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        JsonNode root = JsonCodec.readDescriptor(bytes, invalid);
        if (root == null) {
            invalid.forEach(v -> problems.add(atPosition(location, v)));
            return unreadable;
        }
        Places places = new Places(JsonCodec.positions(bytes), new HashMap<>());
        if (!root.isObject()) {
            problems.add(places.problem(location, ROOT, "must be a JSON object"));
            return unreadable;
        }
        String name = root.path("name").asText("");
        String where = name.matches("[a-z0-9][a-z0-9.-]*") ? name : location;
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                problems.add(places.problem(where, child(key), "unknown key \"" + key + "\"; expected one of "
                        + KEYS.stream().sorted().toList() + PlainWords.suggestion(key, KEYS.stream().sorted().toList())));
            }
        }
        if (!root.path("name").isTextual() || !name.matches("[a-z0-9][a-z0-9.-]*")) {
            problems.add(places.problem(where, root.has("name") ? child("name") : ROOT,
                    "\"name\" is required: lower-case letters, digits, dots and dashes"));
        }
        if (!root.path("version").isTextual() || root.get("version").asText().isBlank()) {
            problems.add(places.problem(where, root.has("version") ? child("version") : ROOT,
                    "\"version\" is required"));
        }
        Map<String, String> overrides = reasons(root.get("overrides"), "overrides", where, places, problems);
        Map<String, String> disables = reasons(root.get("disables"), "disables", where, places, problems);
        List<Source> sources = new ArrayList<>();
        JsonNode list = root.get("sources");
        if (list != null) {
            if (!list.isArray()) {
                problems.add(places.problem(where, child("sources"),
                        "\"sources\" must be an array of {key, label, kind, url}"));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonNode source = list.get(i);
                    String path = child("sources") + "[" + i + "]";
                    Source read = SourceRegistry.read(source,
                            message -> problems.add(places.problem(where, path, message)));
                    String key = source.path("key").asText("");
                    places.entries().putIfAbsent("sources/" + key, path);
                    if (read != null) {
                        sources.add(read);
                    } else if (key.matches("[a-z0-9][a-z0-9-]*")) {
                        // refused (and reported); known all the same, so that rules citing it get no follow-on error
                        sources.add(new Source(key, key, null));
                    }
                }
            }
        }
        List<String> files = new ArrayList<>();
        JsonNode fileList = root.get("files");
        if (fileList != null) {
            if (!fileList.isArray()) {
                problems.add(places.problem(where, child("files"), "\"files\" must be an array of DRL file names"));
            } else {
                fileList.forEach(f -> files.add(f.asText()));
            }
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        JsonNode values = root.get("parameters");
        if (values != null) {
            if (!values.isObject()) {
                problems.add(places.problem(where, child("parameters"), "\"parameters\" must be an object of name: number"));
            } else {
                values.fields().forEachRemaining(e -> {
                    String path = child("parameters") + "." + e.getKey();
                    places.entries().putIfAbsent("parameters/" + e.getKey(), path);
                    if (e.getValue().isNumber()) {
                        parameters.put(e.getKey(), e.getValue().asDouble());
                    } else {
                        problems.add(places.problem(where, path,
                                "parameter " + e.getKey() + " must be a number, was " + e.getValue()));
                    }
                });
            }
        }
        List<ParameterSet.Definition> definitions = new ArrayList<>();
        JsonNode defined = root.get("parameterDefinitions");
        if (defined != null) {
            if (!defined.isArray()) {
                problems.add(places.problem(where, child("parameterDefinitions"), "\"parameterDefinitions\" must be "
                        + "an array of {name, default, min, max, unit, description}"));
            } else {
                for (int i = 0; i < defined.size(); i++) {
                    JsonNode d = defined.get(i);
                    places.entries().putIfAbsent("parameterDefinitions/" + d.path("name").asText(""),
                            child("parameterDefinitions") + "[" + i + "]");
                    definitions.add(new ParameterSet.Definition(d.path("name").asText(""), number(d.get("default")),
                            number(d.get("min")), number(d.get("max")), d.path("unit").asText(""),
                            d.path("description").asText("")));
                }
            }
        }
        return new PackDescriptor(where, root.path("version").asText(""), root.path("description").asText(""),
                overrides, disables, sources, files, parameters, definitions, places);
    }

    private static double number(JsonNode node) {
        return node != null && node.isNumber() ? node.asDouble() : Double.NaN;
    }

    private static Map<String, String> reasons(JsonNode node, String key, String where, Places places,
                                               List<RuleProblem> problems) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (node == null) {
            return reasons;
        }
        if (!node.isArray()) {
            problems.add(places.problem(where, child(key),
                    "\"" + key + "\" must be an array of {\"id\": ..., \"reason\": ...}"));
            return reasons;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String path = child(key) + "[" + i + "]";
            String id = entry.path("id").asText("");
            String reason = entry.path("reason").asText("");
            if (id.isBlank() || reason.isBlank()) {
                problems.add(places.problem(where, path,
                        "each entry of \"" + key + "\" needs an \"id\" and a \"reason\": " + entry));
            } else if (reasons.put(id, reason) != null) {
                problems.add(places.problem(where, path, "\"" + key + "\" names " + id + " twice"));
            } else {
                places.entries().put(key + "/" + id, path);
            }
        }
        return reasons;
    }

    private static String child(String key) {
        return ROOT + "." + key;
    }

    /** A JSON problem at its line and column, which the JSON reader puts at the end of its message. */
    private static RuleProblem atPosition(String location, Violation violation) {
        Matcher at = POSITION.matcher(violation.message());
        if (!at.find()) {
            return new RuleProblem(location, PackSource.DESCRIPTOR, 0, violation.toString());
        }
        String message = violation.path() + ": " + violation.message().substring(0, at.start());
        return new RuleProblem(location, PackSource.DESCRIPTOR, Integer.parseInt(at.group(1)),
                Integer.parseInt(at.group(2)), null, null, message);
    }

}
