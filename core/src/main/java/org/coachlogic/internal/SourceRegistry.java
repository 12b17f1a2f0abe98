package org.coachlogic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coachlogic.RuleBaseException;
import org.coachlogic.Source;

/** Reads the evidence a rule base may cite, by key, from its {@code sources.json}. */
final class SourceRegistry {

    private SourceRegistry() {
    }


    static Map<String, Source> load(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleBaseException(java.util.List.of("source registry " + resource + " is not on the classpath"));
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Source> byKey = new LinkedHashMap<>();
            for (JsonNode entry : root.path("sources")) {
                String key = entry.path("key").asText();
                byKey.put(key, new Source(key, entry.path("label").asText(),
                        entry.hasNonNull("url") ? entry.get("url").asText() : null));
            }
            return Map.copyOf(byKey);
        } catch (IOException e) {
            throw new RuleBaseException("cannot read source registry " + resource, e);
        }
    }
}
