package org.coachlogic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.coachlogic.RuleBaseException;
import org.coachlogic.Source;

/** Reads the evidence a rule base may cite, by key, from its {@code sources.json}. */
final class SourceRegistry {

    private SourceRegistry() {
    }


    static Map<String, Source> load(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleBaseException(List.of("source registry " + resource + " is not on the classpath"));
            }
            JsonNode root = Descriptors.read(resource, in.readAllBytes());
            Map<String, Source> byKey = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (JsonNode entry : root.path("sources")) {
                Source source = read(entry, message -> problems.add(resource + ": " + message));
                if (source != null && byKey.put(source.key(), source) != null) {
                    problems.add(resource + ": source key " + source.key() + " appears twice");
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleBaseException(problems);
            }
            return Map.copyOf(byKey);
        } catch (IOException e) {
            throw new RuleBaseException("cannot read source registry " + resource, e);
        }
    }

    /**
     * One registry entry: a key, the full citation as its label, what kind of evidence it is, and optionally
     * a URL. Reports what is missing and returns {@code null} then.
     */
    static Source read(JsonNode entry, Consumer<String> problems) {
        String key = entry.path("key").asText("");
        String label = entry.path("label").asText("");
        String kind = entry.path("kind").asText("");
        boolean ok = true;
        if (!key.matches("[a-z0-9][a-z0-9-]*")) {
            problems.accept("source " + entry + " needs a \"key\" of lower-case letters, digits and dashes");
            ok = false;
        }
        if (label.isBlank()) {
            problems.accept("source " + key + " needs a \"label\": the full citation");
            ok = false;
        }
        if (!KINDS.contains(kind)) {
            problems.accept("source " + key + " needs a \"kind\", one of " + KINDS);
            ok = false;
        }
        String url = entry.hasNonNull("url") ? entry.get("url").asText() : null;
        if (url != null && !url.matches("(?i)(https?://[^\\s]+|doi:10\\.\\S+|10\\.\\d{4,9}/\\S+)")) {
            problems.accept("source " + key + " has \"url\" " + (url.length() > 60 ? url.substring(0, 60) + "..." : url)
                    + ": a source's URL must start with https:// or http://, or be a DOI (10.1234/...)");
            ok = false;
        }
        return ok ? new Source(key, label, url) : null;
    }

    /** The kinds of evidence a source can be. */
    static final List<String> KINDS = List.of("article", "guideline", "consensus", "trial");
}
