package org.coachlogic.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.drools.model.Model;

import org.coachlogic.RuleBaseException;

/**
 * The default rule base as found on the classpath: its descriptor ({@value #DESCRIPTOR}) and the executable
 * model classes that kie-maven-plugin generated, one per DRL package, split into the safety package's model
 * and the others.
 */
record RuleBaseDescriptor(String name, String version, String messages, String sources, String parameters,
                          String safetyPackage, List<Model> safetyModels, List<Model> otherModels) {

    static final String DESCRIPTOR = "META-INF/coachlogic/rulebase.properties";
    private static final List<String> REQUIRED =
            List.of("name", "version", "model", "messages", "sources", "parameters", "safety-package");

    static RuleBaseDescriptor load(ClassLoader loader) {
        Properties properties = properties(loader);
        String safetyPackage = properties.getProperty("safety-package");
        List<Model> safety = new ArrayList<>();
        List<Model> others = new ArrayList<>();
        for (Model model : models(loader, properties.getProperty("model"))) {
            (model.getPackageName().equals(safetyPackage) ? safety : others).add(model);
        }
        if (safety.isEmpty()) {
            throw new RuleBaseException(List.of(DESCRIPTOR + ": no executable model for the safety package "
                    + safetyPackage + "; the default SAFETY rules must live in that package"));
        }
        return new RuleBaseDescriptor(properties.getProperty("name"), properties.getProperty("version"),
                properties.getProperty("messages"), properties.getProperty("sources"),
                properties.getProperty("parameters"), safetyPackage, List.copyOf(safety), List.copyOf(others));
    }

    private static Properties properties(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new RuleBaseException(List.of("no rule base on the classpath (" + DESCRIPTOR
                        + " not found): add the org.coachlogic:coachlogic-rules dependency"));
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> missing = new ArrayList<>();
            for (String key : REQUIRED) {
                if (properties.getProperty(key, "").isBlank()) {
                    missing.add(DESCRIPTOR + ": " + key + " is missing");
                }
            }
            if (!missing.isEmpty()) {
                throw new RuleBaseException(missing);
            }
            return properties;
        } catch (IOException e) {
            throw new RuleBaseException("cannot read " + DESCRIPTOR, e);
        }
    }

    /** The model classes that kie-maven-plugin listed when it precompiled the DRL. */
    private static List<Model> models(ClassLoader loader, String modelList) {
        try (InputStream in = loader.getResourceAsStream(modelList)) {
            if (in == null) {
                throw new RuleBaseException(List.of("executable model list " + modelList
                        + " is not on the classpath: was the rule base built with kie-maven-plugin?"));
            }
            List<Model> models = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String className = line.trim();
                if (className.isEmpty() || className.contains(":")) {
                    continue; // the header line, "Drools-Model-Version:..."
                }
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            }
            return models;
        } catch (IOException | ReflectiveOperationException e) {
            throw new RuleBaseException("cannot load the executable model listed in " + modelList, e);
        }
    }
}
