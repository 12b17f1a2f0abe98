package org.coachlogic.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import org.coachlogic.Category;
import org.coachlogic.DisabledRule;
import org.coachlogic.RuleProblem;
import org.coachlogic.Source;

/**
 * Compiles rule packs, in order, into the advice rule base (the default non-safety rules and the packs before
 * them). Each pack is checked completely first (its metadata, texts, ids and the {@link PackRefusals}); only a
 * pack without problems, after packs without problems, is compiled into the rule base, with the classic DRL
 * builder so that its errors keep file and line. Otherwise the pack is compiled on the side, into nothing, only
 * to report the compiler's problems too.
 */
final class PackCompiler {

    private final KieBase kieBase;
    private final PackRefusals.Defaults defaults;
    /** The rules of the advice rule base so far, by package and name; updated as packs apply. */
    private final Map<String, RuleMeta> rules;
    private final Map<String, Source> defaultSources;
    private final ParameterSet parameters;
    private final Locale locale;
    private final List<RuleProblem> problems;
    private final List<DisabledRule> disabled = new ArrayList<>();

    PackCompiler(KieBase kieBase, PackRefusals.Defaults defaults, Map<String, RuleMeta> rules,
                 Map<String, Source> defaultSources, ParameterSet parameters, Locale locale,
                 List<RuleProblem> problems) {
        this.kieBase = kieBase;
        this.defaults = defaults;
        this.rules = rules;
        this.defaultSources = defaultSources;
        this.parameters = parameters;
        this.locale = locale;
        this.problems = problems;
    }

    List<DisabledRule> disabled() {
        return List.copyOf(disabled);
    }

    /** Checks one pack and, if nothing so far has a problem, applies it. */
    void apply(PackSource pack, PackDescriptor pd, MessageCatalog messages) {
        int before = problems.size();
        boolean checkOnly = !problems.isEmpty();
        String name = pd.name();
        Map<String, Source> sources = new HashMap<>(defaultSources);
        PackMistakes.redefinedSources(pd, defaultSources, problems);
        pd.sources().forEach(s -> sources.putIfAbsent(s.key(), s));
        Map<String, RuleMeta> existingById = new HashMap<>(defaults.rulesById());
        rules.values().forEach(m -> existingById.putIfAbsent(m.id(), m));

        PackRefusals.checkDescriptor(pd, defaults, problems::add);
        checkMessages(pack, pd);

        Map<String, String> drl = pack.drl(pd.files(), name, problems);
        if (drl.isEmpty() && problems.size() == before) {
            problems.add(new RuleProblem(name, "(pack)", 0, "the pack has no DRL files and no decision tables"));
        }
        Map<String, RuleMeta> packRules = new LinkedHashMap<>();
        // ids that the pack's rules declare, refused or not: an override of a refused rule is not also "missing"
        Set<String> declaredIds = new HashSet<>();
        Set<String> unparsable = new HashSet<>();
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
                for (AnnotationDescr annotation : rule.getAnnotations()) {
                    if (annotation.getName().equals("id") && annotation.getSingleValue() != null) {
                        declaredIds.add(annotation.getSingleValue().toString().replace("\"", "").trim());
                    }
                }
                Consumer<String> report = message -> problems.add(new RuleProblem(name, file.getKey(),
                        rule.getLine(), message));
                RuleMeta meta = rule instanceof QueryDescr ? null : readMeta(rule, sources, messages, report);
                PackRefusals.checkRule(descr.getNamespace(), rule, meta, defaults, report,
                        (line, message) -> problems.add(new RuleProblem(name, file.getKey(), line, message)));
                if (meta == null) {
                    continue;
                }
                PackMistakes.reasonTemplates(String.valueOf(rule.getConsequence()), rule.getConsequenceLine() + 1,
                        messages, "rule \"" + rule.getName() + "\"",
                        (line, message) -> problems.add(new RuleProblem(name, file.getKey(), line, message)));
                String reason = pd.overrides().get(meta.id());
                meta = meta.from(name, reason);
                checkId(rule, meta, reason, existingById, report);
                String key = RuleBaseLoader.key(descr.getNamespace(), rule.getName());
                RuleMeta clash = rules.get(key);
                if (clash != null && !clash.id().equals(meta.id()) && clash.pack() != null) {
                    report.accept("rule \"" + rule.getName() + "\": package " + descr.getNamespace()
                            + " already has a rule with this name (" + clash.id() + "); rename the rule or its package");
                }
                if (packRules.putIfAbsent(key, meta) != null) {
                    report.accept("rule \"" + rule.getName() + "\": the pack defines a rule with this name twice");
                }
            }
        }
        RuleBaseLoader.checkSharedIds(packRules, message -> problems.add(new RuleProblem(name, "(pack)", 0, message)));
        Set<String> definedIds = declaredIds;
        checkDisablesAndOverrides(pd, existingById, definedIds);
        if (checkOnly || problems.size() > before) {
            Map<String, String> parsed = new LinkedHashMap<>(drl);
            parsed.keySet().removeAll(unparsable);
            compile(KnowledgeBuilderFactory.newKnowledgeBuilder(), parsed, name);
            return;
        }

        Set<String> removed = new HashSet<>(pd.overrides().keySet());
        removed.addAll(pd.disables().keySet());
        for (Map.Entry<String, RuleMeta> rule : new ArrayList<>(rules.entrySet())) {
            if (removed.contains(rule.getValue().id())) {
                String[] parts = rule.getKey().split("/", 2);
                kieBase.removeRule(parts[0], parts[1]);
                rules.remove(rule.getKey());
            }
        }
        pd.disables().forEach((id, reason) -> disabled.add(new DisabledRule(id, name, reason)));
        compile(KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase), drl, name);
        rules.putAll(packRules);
    }

    private RuleMeta readMeta(RuleDescr rule, Map<String, Source> sources, MessageCatalog messages,
                              Consumer<String> report) {
        Map<String, Object> metadata = new HashMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            metadata.put(annotation.getName(), annotation.getSingleValue());
        }
        return RuleMetadata.read(metadata, sources, messages, parameters, locale, report,
                "rule \"" + rule.getName() + "\"");
    }

    /** An id already in use needs "overrides"; "overrides" needs an id in use; a safety override stays as safe. */
    private void checkId(RuleDescr rule, RuleMeta meta, String reason, Map<String, RuleMeta> existingById,
                         Consumer<String> report) {
        String where = "rule \"" + rule.getName() + "\"";
        RuleMeta existing = existingById.get(meta.id());
        if (defaults.isDefaultSafety(meta.id())) {
            return; // refused by PackRefusals already
        }
        if (existing != null && reason == null) {
            report.accept(where + ": id " + meta.id() + " is already used"
                    + (existing.pack() == null ? " by a default rule" : " by pack " + existing.pack())
                    + "; to replace it, list it under \"overrides\" in pack.json with a reason");
        } else if (existing == null && reason != null) {
            report.accept(where + ": id " + meta.id() + " is listed under \"overrides\" but no earlier rule has it");
        } else if (existing != null && existing.category() == Category.SAFETY
                && (meta.category() != Category.SAFETY || meta.priority().compareTo(existing.priority()) > 0
                || meta.tier().compareTo(existing.tier()) > 0)) {
            report.accept(where + ": overrides " + existing.priority() + " SAFETY rule " + meta.id() + " of pack "
                    + existing.pack() + " with " + meta.priority() + " " + meta.category()
                    + "; a safety rule's override must stay SAFETY with the same or a higher priority and tier");
        }
    }

    private void checkDisablesAndOverrides(PackDescriptor pd, Map<String, RuleMeta> existingById,
                                           Set<String> definedIds) {
        String name = pd.name();
        for (String id : pd.overrides().keySet()) {
            if (!definedIds.contains(id) && !defaults.isDefaultSafety(id)) {
                problems.add(pd.problemWith("overrides", id,
                        "\"overrides\" lists " + id + " but no rule in the pack has that id"));
            }
        }
        for (String id : pd.disables().keySet()) {
            if (defaults.isDefaultSafety(id)) {
                continue; // refused by PackRefusals already
            }
            RuleMeta existing = existingById.get(id);
            if (existing == null) {
                problems.add(pd.problemWith("disables", id, "\"disables\" lists " + id + ", which no earlier rule has"));
            } else if (definedIds.contains(id)) {
                problems.add(pd.problemWith("disables", id,
                        id + " is both disabled and defined by the pack; list it under \"overrides\" instead"));
            }
        }
    }

    private void checkMessages(PackSource pack, PackDescriptor pd) {
        check(pack, pd, PackSource.MESSAGES, pack.messages());
        if (!locale.getLanguage().isEmpty()) {
            check(pack, pd, "messages_" + locale.getLanguage() + ".properties", pack.messages(locale));
        }
    }

    private void check(PackSource pack, PackDescriptor pd, String file, ResourceBundle bundle) {
        if (bundle == null) {
            return;
        }
        String text = null;
        try {
            byte[] bytes = pack.loader() == null ? null : pack.loader().read(file);
            text = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the lines are then unknown (0); the keys were read already
        }
        PackRefusals.checkMessages(file, bundle, text, pd, defaults, locale,
                (line, message) -> problems.add(new RuleProblem(pd.name(), file, line, message)));
    }

    /** Compiles DRL with the classic builder, which keeps file and line in its errors. */
    private void compile(KnowledgeBuilder builder, Map<String, String> drl, String pack) {
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
}
