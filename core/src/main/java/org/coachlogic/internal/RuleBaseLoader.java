package org.coachlogic.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleBaseException;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Source;

/**
 * Finds the rule base on the classpath through {@code META-INF/coachlogic/rulebase.properties}, builds its
 * precompiled executable model into a {@link KieBase} (no DRL is compiled at start-up), and checks every
 * rule's metadata, sources and texts, reporting all problems at once.
 */
final class RuleBaseLoader {

    static final String DESCRIPTOR = "META-INF/coachlogic/rulebase.properties";

    record Loaded(KieBase kieBase, RuleSetInfo ruleSet, Map<String, RuleMeta> rules, MessageCatalog messages) {

        RuleMeta meta(Rule rule) {
            return rules.get(key(rule));
        }
    }

    static String key(Rule rule) {
        return rule.getPackageName() + '/' + rule.getName();
    }

    private RuleBaseLoader() {
    }

    static Loaded load(ClassLoader loader, Locale locale) {
        Properties descriptor = descriptor(loader);
        RuleSetInfo ruleSet = new RuleSetInfo(descriptor.getProperty("name"), descriptor.getProperty("version"));
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models(loader, descriptor.getProperty("model")));
        SourceRegistry sources = SourceRegistry.load(loader, descriptor.getProperty("sources"));
        MessageCatalog messages = MessageCatalog.load(descriptor.getProperty("messages"), locale, loader);

        List<String> problems = new ArrayList<>();
        Map<String, RuleMeta> rules = new HashMap<>();
        Map<String, String> ruleById = new HashMap<>();
        Map<String, RuleMeta> byId = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleMeta meta = meta(rule, sources, messages, problems);
                if (meta == null) {
                    continue;
                }
                // Several DRL rules may give one recommendation (alternative conditions for it), as long as
                // they agree on everything the recommendation carries.
                String where = rule.getPackageName() + "/\"" + rule.getName() + "\"";
                RuleMeta first = byId.putIfAbsent(meta.id(), meta);
                if (first != null && !first.equals(meta)) {
                    problems.add("rule " + where + ": shares id " + meta.id() + " with rule " + ruleById.get(meta.id())
                            + " but declares different category, priority, sources or suppresses");
                }
                ruleById.putIfAbsent(meta.id(), where);
                rules.put(key(rule), first == null ? meta : first);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return new Loaded(kieBase, ruleSet, Map.copyOf(rules), messages);
    }

    private static Properties descriptor(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new RuleBaseException(List.of("no rule base on the classpath (" + DESCRIPTOR
                        + " not found): add the org.coachlogic:coachlogic-rules dependency"));
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> missing = new ArrayList<>();
            for (String key : List.of("name", "version", "model", "messages", "sources")) {
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

    private static RuleMeta meta(Rule rule, SourceRegistry registry, MessageCatalog messages, List<String> problems) {
        String where = "rule " + rule.getPackageName() + "/\"" + rule.getName() + "\"";
        Map<String, Object> metadata = rule.getMetaData();
        int before = problems.size();
        String id = string(metadata, "id");
        if (id == null || !id.matches("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+")) {
            problems.add(where + ": @id is " + (id == null ? "missing" : "\"" + id + "\", not a dotted lower-case id")
                    + " (for example @id(\"recovery.short-sleep\"))");
        }
        Category category = enumValue(metadata, "category", Category.class, where, problems);
        Priority priority = enumValue(metadata, "priority", Priority.class, where, problems);
        List<Source> sources = new ArrayList<>();
        List<String> keys = words(string(metadata, "sources"));
        if (keys.isEmpty()) {
            problems.add(where + ": @sources is missing; name at least one source key");
        }
        for (String key : keys) {
            registry.find(key).ifPresentOrElse(sources::add,
                    () -> problems.add(where + ": unknown source key \"" + key + "\""));
        }
        Set<Category> suppresses = EnumSet.noneOf(Category.class);
        for (String word : words(string(metadata, "suppresses"))) {
            try {
                suppresses.add(Category.valueOf(word));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": @suppresses names unknown category \"" + word + "\"");
            }
        }
        String summary = null;
        String detail = null;
        if (id != null) {
            summary = messages.text(id + ".summary").orElse(null);
            detail = messages.text(id + ".detail").orElse(null);
            if (summary == null || detail == null) {
                problems.add(where + ": the message bundle has no " + (summary == null ? id + ".summary" : id + ".detail"));
            } else if (summary.length() > Recommendation.MAX_SUMMARY_LENGTH) {
                problems.add(where + ": " + id + ".summary is " + summary.length() + " characters, more than "
                        + Recommendation.MAX_SUMMARY_LENGTH);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleMeta(id, category, priority, List.copyOf(sources), suppresses, summary, detail);
    }

    private static <E extends Enum<E>> E enumValue(Map<String, Object> metadata, String key, Class<E> type,
                                                   String where, List<String> problems) {
        String value = string(metadata, key);
        if (value == null) {
            problems.add(where + ": @" + key + " is missing; one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": @" + key + " is \"" + value + "\", not one of "
                    + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static String string(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? null : text;
    }

    private static List<String> words(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    }
}
