package org.coachlogic.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.conf.AlphaRangeIndexThresholdOption;
import org.kie.internal.io.ResourceFactory;

import org.coachlogic.Category;
import org.coachlogic.DisabledRule;
import org.coachlogic.ParameterInfo;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleBaseException;
import org.coachlogic.RuleCompilationException;
import org.coachlogic.RuleProblem;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Source;
import org.coachlogic.spi.Parameters;

/**
 * Builds the engine's rule base: the default rules from their precompiled executable model (no DRL is
 * compiled for them at start-up), then each rule pack in order, compiled from DRL with the classic builder
 * so that its errors keep file and line. Every rule's metadata, sources and texts are checked; all problems
 * are reported at once and nothing is built from a partly valid pack.
 */
final class RuleBaseLoader {

    static final String DESCRIPTOR = "META-INF/coachlogic/rulebase.properties";

    record Loaded(KieBase kieBase, RuleSetInfo ruleSet, Map<String, RuleMeta> rules, MessageCatalog messages,
                  List<DisabledRule> disabled, Parameters parameters, List<ParameterInfo> parameterInfos,
                  Map<Rule, RuleMeta> byRule) {

        /** The metadata of a rule the engine runs: by identity on the hot path, by name otherwise. */
        RuleMeta meta(Rule rule) {
            RuleMeta meta = byRule.get(rule);
            return meta != null ? meta : rules.get(key(rule));
        }
    }

    /** The rule objects of the built rule base, mapped by identity to their metadata. */
    private static Map<Rule, RuleMeta> byIdentity(KieBase kieBase, Map<String, RuleMeta> rules) {
        Map<Rule, RuleMeta> byRule = new IdentityHashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleMeta meta = rules.get(key(rule));
                if (meta != null) {
                    byRule.put(rule, meta);
                }
            }
        }
        return Collections.unmodifiableMap(byRule);
    }

    static String key(Rule rule) {
        return key(rule.getPackageName(), rule.getName());
    }

    private static String key(String packageName, String ruleName) {
        return packageName + '/' + ruleName;
    }

    /** Calls in a pack rule's consequence that could keep other rules, safety rules among them, from firing. */
    private static final Pattern SESSION_CONTROL = Pattern.compile("\\b(getAgenda|halt|getKieRuntime|"
            + "getKnowledgeRuntime|getWorkingMemory|getEntryPoint|fireAllRules|fireUntilHalt|dispose|setFocus)\\s*\\(");

    private RuleBaseLoader() {
    }

    static Loaded load(ClassLoader loader, Locale locale, List<PackSource> packs, Map<String, Double> overrides) {
        Properties descriptor = descriptor(loader);
        // Alpha range indexing is off: Drools 10.2 indexes the range constraints of DRL compiled into a rule base
        // built from an executable model under the wrong field (pack rules then read another field, silently).
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models(loader, descriptor.getProperty("model")),
                AlphaRangeIndexThresholdOption.get(0));
        Map<String, Source> sources = SourceRegistry.load(loader, descriptor.getProperty("sources"));
        MessageCatalog messages = MessageCatalog.load(descriptor.getProperty("messages"), locale, loader);
        ParameterSet parameters = ParameterSet.load(loader, descriptor.getProperty("parameters"));

        // Parameters first (defaults, then packs, then the builder): rule texts show the values in force.
        List<RuleProblem> packProblems = new ArrayList<>();
        List<PackDescriptor> descriptors = new ArrayList<>();
        List<String> packNames = new ArrayList<>();
        for (PackSource pack : packs) {
            PackDescriptor pd = PackDescriptor.parse(pack.location(), pack.descriptor(), packProblems);
            if (packNames.contains(pd.name())) {
                packProblems.add(new RuleProblem(pd.name(), PackSource.DESCRIPTOR, 0, "the pack is added twice"));
            }
            packNames.add(pd.name());
            descriptors.add(pd);
            pd.parameterDefinitions().forEach(d -> parameters.define(d, pd.name(),
                    message -> packProblems.add(new RuleProblem(pd.name(), PackSource.DESCRIPTOR, 0, message))));
            pd.parameters().forEach((name, value) -> parameters.set(name, value, pd.name(),
                    message -> packProblems.add(new RuleProblem(pd.name(), PackSource.DESCRIPTOR, 0, message))));
        }
        List<String> builderProblems = new ArrayList<>();
        overrides.forEach((name, value) -> parameters.set(name, value, "builder", builderProblems::add));
        if (!builderProblems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", builderProblems));
        }

        List<String> problems = new ArrayList<>();
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String where = "rule " + rule.getPackageName() + "/\"" + rule.getName() + "\"";
                RuleMeta meta = meta(rule.getMetaData(), sources, messages, parameters, locale, problems::add, where);
                if (meta != null) {
                    rules.put(key(rule), meta);
                }
            }
        }
        checkSharedIds(rules, problems::add);
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }

        List<DisabledRule> disabled = new ArrayList<>();
        for (int i = 0; i < packs.size(); i++) {
            PackSource pack = packs.get(i);
            // A pack's own language first, then its base texts, then the rule base's, so that a pack reuses
            // the default reason templates in every language the rule base has.
            if (pack.messages() != null) {
                messages = messages.withFirst(pack.messages());
            }
            ResourceBundle localized = pack.messages(locale);
            if (localized != null) {
                messages = messages.withFirst(localized);
            }
            applyPack(kieBase, pack, descriptors.get(i), rules, sources, messages, parameters, locale, disabled,
                    packProblems, !packProblems.isEmpty());
        }
        if (!packProblems.isEmpty()) {
            throw new RuleCompilationException(PackSource.locate(packProblems, packs));
        }
        // With packs, the rule set names them too ("coachlogic-default+northside-physio", "0.1.0+1.0.0"), so that
        // stored advice says which rules gave it.
        StringBuilder name = new StringBuilder(descriptor.getProperty("name"));
        StringBuilder version = new StringBuilder(descriptor.getProperty("version"));
        descriptors.forEach(pd -> {
            name.append('+').append(pd.name());
            version.append('+').append(pd.version());
        });
        RuleSetInfo ruleSet = new RuleSetInfo(name.toString(), version.toString());
        // One metadata object per id, even when several DRL rules give the same recommendation, so that the
        // engine can collect findings by identity.
        Map<String, RuleMeta> canonical = new HashMap<>();
        rules.replaceAll((key, meta) -> canonical.computeIfAbsent(meta.id(), id -> meta));
        return new Loaded(kieBase, ruleSet, Map.copyOf(rules), messages, List.copyOf(disabled), parameters.values(),
                parameters.infos(), byIdentity(kieBase, rules));
    }

    /**
     * Checks one pack completely, then, only if no problem has been found so far, removes the rules it
     * overrides or disables and compiles its DRL into the rule base. A rule base with problems is thrown
     * away, so nothing partly loaded is ever used.
     */
    private static void applyPack(KieBase kieBase, PackSource pack, PackDescriptor pd, Map<String, RuleMeta> rules,
                                  Map<String, Source> defaultSources, MessageCatalog messages,
                                  ParameterSet parameters, Locale locale, List<DisabledRule> disabled,
                                  List<RuleProblem> problems, boolean checkOnly) {
        int before = problems.size();
        String name = pd.name();
        Map<String, Source> sources = new HashMap<>(defaultSources);
        PackMistakes.redefinedSources(name, pd.sources(), defaultSources, problems);
        pd.sources().forEach(s -> sources.putIfAbsent(s.key(), s));
        Map<String, RuleMeta> existingById = new HashMap<>();
        rules.values().forEach(m -> existingById.putIfAbsent(m.id(), m));

        Map<String, String> drl = pack.drl(pd.files(), name, problems);
        if (drl.isEmpty() && problems.size() == before) {
            problems.add(new RuleProblem(name, "(pack)", 0, "the pack has no DRL files and no decision tables"));
        }
        Map<String, RuleMeta> packRules = new LinkedHashMap<>();
        // ids that the pack's rules declare, refused or not: an override of a refused rule is not also "missing"
        Set<String> declaredIds = new java.util.HashSet<>();
        Set<String> unparsable = new java.util.HashSet<>();
        for (Map.Entry<String, String> file : drl.entrySet()) {
            // one parser per file: a parser keeps its errors, which would be reported against the next file
            DrlParser parser = new DrlParser();
            if (PackMistakes.unclosedRules(name, file.getKey(), file.getValue(), problems)) {
                unparsable.add(file.getKey());
                continue;
            }
            PackageDescr descr;
            try {
                descr = parser.parse(false, file.getValue());
            } catch (DroolsParserException e) {
                problems.add(new RuleProblem(name, file.getKey(), 0, "cannot parse: " + e.getMessage()));
                unparsable.add(file.getKey());
                continue;
            }
            if (parser.hasErrors() || descr == null) {
                PackMistakes.parseErrors(name, file.getKey(), parser.getErrors(), problems);
                unparsable.add(file.getKey());
                continue;
            }
            for (RuleDescr rule : descr.getRules()) {
                Map<String, Object> metadata = new HashMap<>();
                for (AnnotationDescr annotation : rule.getAnnotations()) {
                    metadata.put(annotation.getName(), annotation.getSingleValue());
                }
                if (string(metadata, "id") != null) {
                    declaredIds.add(string(metadata, "id"));
                }
                String where = "rule \"" + rule.getName() + "\"";
                RuleMeta meta = meta(metadata, sources, messages, parameters, locale,
                        message -> problems.add(new RuleProblem(name, file.getKey(), rule.getLine(), message)), where);
                if (meta == null) {
                    continue;
                }
                String reason = pd.overrides().get(meta.id());
                meta = meta.from(name, reason);
                RuleMeta existing = existingById.get(meta.id());
                Consumer<String> report = message -> problems.add(new RuleProblem(name, file.getKey(), rule.getLine(),
                        message));
                if (existing != null && reason == null) {
                    report.accept(where + ": id " + meta.id() + " is already used"
                            + (existing.pack() == null ? " by a default rule" : " by pack " + existing.pack())
                            + "; to replace it, list it under \"overrides\" in pack.json with a reason");
                } else if (existing == null && reason != null) {
                    report.accept(where + ": id " + meta.id() + " is listed under \"overrides\" but no earlier rule has it");
                } else if (existing != null && weakensSafety(existing, meta)) {
                    report.accept(where + ": overrides " + existing.priority() + " " + existing.category() + " rule "
                            + meta.id() + " with " + meta.priority() + " " + meta.category()
                            + "; a safety rule's override must stay " + existing.category() + " with priority "
                            + existing.priority() + " or higher");
                }
                String consequence = String.valueOf(rule.getConsequence());
                Matcher control = SESSION_CONTROL.matcher(consequence);
                if (control.find()) {
                    // the consequence text starts on the line after "then"
                    int line = rule.getConsequenceLine() + 1 + (int) consequence.substring(0, control.start()).chars()
                            .filter(c -> c == '\n').count();
                    problems.add(new RuleProblem(name, file.getKey(), line,
                            where + ": the consequence calls " + control.group(1) + "(...); a rule may insert, modify "
                                    + "and delete its own facts, but not control the session or the agenda, which "
                                    + "could stop safety rules from firing"));
                }
                PackMistakes.reasonTemplates(consequence, rule.getConsequenceLine() + 1, messages, where,
                        (line, message) -> problems.add(new RuleProblem(name, file.getKey(), line, message)));
                if (meta.suppresses().contains(Category.SAFETY)) {
                    report.accept(where + ": @suppresses names SAFETY; nothing may withhold a safety recommendation");
                }
                RuleMeta clash = rules.get(key(descr.getNamespace(), rule.getName()));
                if (clash != null && !clash.id().equals(meta.id())) {
                    report.accept(where + ": package " + descr.getNamespace() + " already has a rule with this name ("
                            + clash.id() + "); rename the rule or its package");
                }
                RuleMeta first = packRules.putIfAbsent(key(descr.getNamespace(), rule.getName()), meta);
                if (first != null) {
                    report.accept(where + ": the pack defines a rule with this name twice");
                }
            }
        }
        checkSharedIds(packRules, message -> problems.add(new RuleProblem(name, "(pack)", 0, message)));
        Set<String> definedIds = declaredIds;
        for (String id : pd.overrides().keySet()) {
            if (!definedIds.contains(id)) {
                problems.add(new RuleProblem(name, PackSource.DESCRIPTOR, 0,
                        "\"overrides\" lists " + id + " but no rule in the pack has that id"));
            }
        }
        for (Map.Entry<String, String> disable : pd.disables().entrySet()) {
            RuleMeta existing = existingById.get(disable.getKey());
            if (existing == null) {
                problems.add(new RuleProblem(name, PackSource.DESCRIPTOR, 0,
                        "\"disables\" lists " + disable.getKey() + ", which no earlier rule has"));
            } else if (existing.category() == Category.SAFETY && existing.priority() == Priority.URGENT) {
                problems.add(new RuleProblem(name, PackSource.DESCRIPTOR, 0, "cannot disable " + disable.getKey()
                        + ": it is an URGENT SAFETY rule, and red-flag referrals cannot be switched off"));
            } else if (definedIds.contains(disable.getKey())) {
                problems.add(new RuleProblem(name, PackSource.DESCRIPTOR, 0, disable.getKey()
                        + " is both disabled and defined by the pack; list it under \"overrides\" instead"));
            }
        }
        if (checkOnly || problems.size() > before) {
            // Compile on the side, into nothing, only to report the compiler's problems as well.
            Map<String, String> parsed = new LinkedHashMap<>(drl);
            parsed.keySet().removeAll(unparsable);
            compile(KnowledgeBuilderFactory.newKnowledgeBuilder(), parsed, name, problems);
            return;
        }

        Set<String> removed = new java.util.HashSet<>(pd.overrides().keySet());
        removed.addAll(pd.disables().keySet());
        for (Map.Entry<String, RuleMeta> rule : new ArrayList<>(rules.entrySet())) {
            if (removed.contains(rule.getValue().id())) {
                String[] parts = rule.getKey().split("/", 2);
                kieBase.removeRule(parts[0], parts[1]);
                rules.remove(rule.getKey());
            }
        }
        pd.disables().forEach((id, reason) -> disabled.add(new DisabledRule(id, name, reason)));

        compile(KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase), drl, name, problems);
        rules.putAll(packRules);
    }

    /** Compiles DRL with the classic builder, which keeps file and line in its errors. */
    private static void compile(KnowledgeBuilder builder, Map<String, String> drl, String pack,
                                List<RuleProblem> problems) {
        for (Map.Entry<String, String> file : drl.entrySet()) {
            builder.add(ResourceFactory.newByteArrayResource(file.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file.getKey()), ResourceType.DRL);
        }
        for (KnowledgeBuilderError error : builder.getErrors()) {
            if (error.getMessage() != null && error.getMessage().startsWith("Parser returned a null Package")) {
                continue; // follows a parse error, which is reported already
            }
            String file = error.getResource() == null || error.getResource().getSourcePath() == null
                    ? "(pack)" : error.getResource().getSourcePath();
            int line = firstLine(error.getLines());
            if (line == 0) {
                line = PlainWords.lineOf(error.getMessage(), drl.get(file));
            }
            problems.add(new RuleProblem(pack, file, line, PlainWords.of(oneLine(error.getMessage()))));
        }
    }

    /**
     * The compiler's message on one line: MVEL's "[Error: ...]" detail kept, its excerpt, caret and position
     * lines dropped (the position is in the problem already).
     */
    static String oneLine(String message) {
        StringBuilder text = new StringBuilder();
        for (String line : message.strip().split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.equals("^") || trimmed.startsWith("[Near") || trimmed.startsWith("[Line:")) {
                continue;
            }
            if (trimmed.startsWith("[Error:") && trimmed.endsWith("]")) {
                trimmed = trimmed.substring("[Error:".length(), trimmed.length() - 1).strip();
            }
            text.append(text.isEmpty() || text.toString().endsWith(":") ? (text.isEmpty() ? "" : " ") : "; ")
                    .append(trimmed);
        }
        return text.toString();
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
    }

    private static boolean weakensSafety(RuleMeta existing, RuleMeta replacement) {
        return existing.category() == Category.SAFETY
                && (replacement.category() != Category.SAFETY || replacement.priority().compareTo(existing.priority()) > 0);
    }

    /** Several DRL rules may give one recommendation (alternative conditions for it) if they agree on it. */
    private static void checkSharedIds(Map<String, RuleMeta> rules, Consumer<String> problems) {
        Map<String, Map.Entry<String, RuleMeta>> firstById = new HashMap<>();
        for (Map.Entry<String, RuleMeta> rule : rules.entrySet()) {
            Map.Entry<String, RuleMeta> first = firstById.putIfAbsent(rule.getValue().id(), rule);
            if (first != null && !first.getValue().sameRecommendation(rule.getValue())) {
                problems.accept("rule " + rule.getKey() + " shares id " + rule.getValue().id() + " with rule "
                        + first.getKey() + " but declares a different category, priority, sources or suppresses");
            }
        }
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
            for (String key : List.of("name", "version", "model", "messages", "sources", "parameters")) {
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

    /** Reads and checks one rule's metadata; reports every problem and returns {@code null} if there is any. */
    private static RuleMeta meta(Map<String, Object> metadata, Map<String, Source> registry, MessageCatalog messages,
                                 ParameterSet parameters, Locale locale, Consumer<String> problems, String where) {
        List<String> found = new ArrayList<>();
        String id = string(metadata, "id");
        if (id == null || !id.matches("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+")) {
            found.add(where + ": @id is " + (id == null ? "missing" : "\"" + id + "\", not a dotted lower-case id")
                    + " (for example @id(\"recovery.short-sleep\"))");
        }
        Category category = enumValue(metadata, "category", Category.class, where, found);
        Priority priority = enumValue(metadata, "priority", Priority.class, where, found);
        if (priority == Priority.URGENT && category != null && category != Category.SAFETY) {
            found.add(where + ": URGENT is reserved for SAFETY rules (same-day referral); use CAUTION or ADVICE");
        }
        List<Source> sources = new ArrayList<>();
        List<String> keys = words(string(metadata, "sources"));
        if (keys.isEmpty()) {
            found.add(where + ": @sources is missing; name at least one source key");
        }
        for (String key : keys) {
            Source source = registry.get(key);
            if (source == null) {
                found.add(where + ": unknown source key \"" + key + "\"");
            } else {
                sources.add(source);
            }
        }
        Set<Category> suppresses = EnumSet.noneOf(Category.class);
        for (String word : words(string(metadata, "suppresses"))) {
            try {
                suppresses.add(Category.valueOf(word));
            } catch (IllegalArgumentException e) {
                found.add(where + ": @suppresses names unknown category \"" + word + "\"");
            }
        }
        LocalDate reviewed = null;
        String reviewedText = string(metadata, "reviewed");
        if (reviewedText == null) {
            found.add(where + ": @reviewed is missing; give the date its content was last checked against its "
                    + "sources, as @reviewed(\"2026-11-21\")");
        } else {
            try {
                reviewed = LocalDate.parse(reviewedText);
            } catch (DateTimeParseException e) {
                found.add(where + ": @reviewed is \"" + reviewedText + "\", not a date like 2026-11-21");
            }
        }
        List<String> used = words(string(metadata, "parameters"));
        for (String name : used) {
            if (!parameters.defines(name)) {
                found.add(where + ": @parameters names unknown parameter " + name);
            }
        }
        String summary = null;
        String detail = null;
        String when = null;
        if (id != null) {
            Consumer<String> textProblem = message -> found.add(where + ": " + message);
            summary = messages.text(id + ".summary").map(t -> parameters.fill(t, locale, textProblem)).orElse(null);
            detail = messages.text(id + ".detail").map(t -> parameters.fill(t, locale, textProblem)).orElse(null);
            when = messages.text(id + ".when").map(t -> parameters.fill(t, locale, textProblem)).orElse(null);
            if (summary == null || detail == null) {
                found.add(where + ": the message bundle has no " + (summary == null ? id + ".summary" : id + ".detail"));
            } else if (summary.length() > Recommendation.MAX_SUMMARY_LENGTH) {
                found.add(where + ": " + id + ".summary is " + summary.length() + " characters, more than "
                        + Recommendation.MAX_SUMMARY_LENGTH);
            }
        }
        found.forEach(problems);
        if (!found.isEmpty()) {
            return null;
        }
        return new RuleMeta(id, category, priority, List.copyOf(sources), Set.copyOf(suppresses), summary, detail,
                null, null, when, used, reviewed);
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
