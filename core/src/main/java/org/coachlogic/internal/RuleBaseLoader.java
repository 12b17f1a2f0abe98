package org.coachlogic.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.conf.AlphaRangeIndexThresholdOption;

import org.coachlogic.Category;
import org.coachlogic.DisabledRule;
import org.coachlogic.ParameterInfo;
import org.coachlogic.RuleBaseException;
import org.coachlogic.RuleCompilationException;
import org.coachlogic.RuleProblem;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Source;
import org.coachlogic.spi.Parameters;

/**
 * Builds the engine's two rule bases from the default rules' precompiled executable model (no DRL is compiled
 * for them at start-up) and the rule packs: the safety rule base holds the default SAFETY rules alone; the
 * advice rule base holds the other default rules and every pack rule. Both are sealed once built. Every rule's
 * metadata, sources and texts are checked; all problems are reported at once and nothing is built from a
 * partly valid pack.
 */
final class RuleBaseLoader {

    /** One stage's sealed rule base, its rules' metadata by rule object, and the texts its reasons use. */
    record Stage(SealedKieBase kieBase, Map<Rule, RuleMeta> byRule, MessageCatalog messages) {

        RuleMeta meta(Rule rule) {
            return byRule.get(rule);
        }
    }

    record Loaded(Stage safety, Stage advice, RuleSetInfo ruleSet, List<RuleMeta> rules,
                  List<DisabledRule> disabled, Parameters parameters, List<ParameterInfo> parameterInfos) {
    }

    private RuleBaseLoader() {
    }

    static String key(Rule rule) {
        return key(rule.getPackageName(), rule.getName());
    }

    static String key(String packageName, String ruleName) {
        return packageName + '/' + ruleName;
    }

    static Loaded load(ClassLoader loader, Locale locale, List<PackSource> packs, Map<String, Double> overrides) {
        RuleBaseDescriptor descriptor = RuleBaseDescriptor.load(loader);
        InternalKnowledgeBase safetyBase = fromModel(descriptor.safetyModels());
        InternalKnowledgeBase adviceBase = fromModel(descriptor.otherModels());
        Map<String, Source> sources = SourceRegistry.load(loader, descriptor.sources());
        MessageCatalog defaultMessages = MessageCatalog.load(descriptor.messages(), locale, loader);
        ParameterSet parameters = ParameterSet.load(loader, descriptor.parameters());

        // Parameters first (defaults, then packs, then the builder): rule texts show the values in force.
        List<RuleProblem> packProblems = new ArrayList<>();
        List<PackDescriptor> descriptors = new ArrayList<>();
        List<String> packNames = new ArrayList<>();
        for (PackSource pack : packs) {
            PackDescriptor pd = PackDescriptor.parse(pack.location(), pack.descriptor(), packProblems);
            if (packNames.contains(pd.name())) {
                packProblems.add(pd.places().problem(pd.name(), "$.name", "the pack is added twice"));
            }
            packNames.add(pd.name());
            descriptors.add(pd);
            pd.parameterDefinitions().forEach(d -> parameters.define(d, pd.name(),
                    message -> packProblems.add(pd.problemWith("parameterDefinitions", d.name(), message))));
            pd.parameters().forEach((name, value) -> parameters.set(name, value, pd.name(),
                    message -> packProblems.add(pd.problemWith("parameters", name, message))));
        }
        List<String> builderProblems = new ArrayList<>();
        overrides.forEach((name, value) -> parameters.set(name, value, "builder", builderProblems::add));
        if (!builderProblems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", builderProblems));
        }

        List<String> problems = new ArrayList<>();
        Map<String, RuleMeta> safetyRules = defaultRules(safetyBase, sources, defaultMessages, parameters, locale,
                problems::add);
        Map<String, RuleMeta> adviceRules = defaultRules(adviceBase, sources, defaultMessages, parameters, locale,
                problems::add);
        safetyRules.forEach((key, meta) -> {
            if (meta.category() != Category.SAFETY) {
                problems.add("rule " + key + " is in the safety package " + descriptor.safetyPackage() + " but is "
                        + meta.category() + "; only SAFETY rules belong there");
            }
        });
        adviceRules.forEach((key, meta) -> {
            if (meta.category() == Category.SAFETY) {
                problems.add("rule " + key + " is SAFETY but not in the safety package " + descriptor.safetyPackage()
                        + "; default safety rules run first, in a rule base of their own");
            }
        });
        Map<String, RuleMeta> all = new LinkedHashMap<>(safetyRules);
        all.putAll(adviceRules);
        checkSharedIds(all, problems::add);
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }

        Map<String, RuleMeta> defaultsById = new HashMap<>();
        all.values().forEach(meta -> defaultsById.putIfAbsent(meta.id(), meta));
        PackRefusals.Defaults defaults = new PackRefusals.Defaults(descriptor.safetyPackage(), Map.copyOf(all),
                Map.copyOf(defaultsById), defaultMessages.keys());
        PackCompiler compiler = new PackCompiler(adviceBase, defaults, adviceRules, sources, parameters, locale,
                packProblems);
        MessageCatalog messages = defaultMessages;
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
            compiler.apply(pack, descriptors.get(i), messages);
        }
        if (!packProblems.isEmpty()) {
            throw new RuleCompilationException(PackSource.locate(packProblems, packs));
        }
        // With packs, the rule set names them too ("coachlogic-default+northside-physio", "0.1.0+1.0.0"), so that
        // stored advice says which rules gave it.
        StringBuilder name = new StringBuilder(descriptor.name());
        StringBuilder version = new StringBuilder(descriptor.version());
        descriptors.forEach(pd -> {
            name.append('+').append(pd.name());
            version.append('+').append(pd.version());
        });
        // One metadata object per id, even when several DRL rules give the same recommendation, so that the
        // engine can collect findings by identity.
        Map<String, RuleMeta> canonical = new HashMap<>();
        safetyRules.replaceAll((key, meta) -> canonical.computeIfAbsent(meta.id(), id -> meta));
        adviceRules.replaceAll((key, meta) -> canonical.computeIfAbsent(meta.id(), id -> meta));
        SealedKieBase sealedSafety = SealedKieBase.seal(safetyBase);
        SealedKieBase sealedAdvice = SealedKieBase.seal(adviceBase);
        return new Loaded(new Stage(sealedSafety, byIdentity(sealedSafety, safetyRules), defaultMessages),
                new Stage(sealedAdvice, byIdentity(sealedAdvice, adviceRules), messages),
                new RuleSetInfo(name.toString(), version.toString()), List.copyOf(canonical.values()),
                compiler.disabled(), parameters.values(), parameters.infos());
    }

    /**
     * Alpha range indexing is off: Drools 10.2 indexes the range constraints of DRL compiled into a rule base
     * built from an executable model under the wrong field (pack rules then read another field, silently).
     */
    private static InternalKnowledgeBase fromModel(List<Model> models) {
        return KieBaseBuilder.createKieBaseFromModel(models, AlphaRangeIndexThresholdOption.get(0));
    }

    private static Map<String, RuleMeta> defaultRules(KieBase kieBase, Map<String, Source> sources,
                                                      MessageCatalog messages, ParameterSet parameters,
                                                      Locale locale, Consumer<String> problems) {
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String where = "rule " + rule.getPackageName() + "/\"" + rule.getName() + "\"";
                RuleMeta meta = RuleMetadata.read(rule.getMetaData(), sources, messages, parameters, locale,
                        problems, where);
                if (meta != null) {
                    rules.put(key(rule), meta);
                }
            }
        }
        return rules;
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

    /** Several DRL rules may give one recommendation (alternative conditions for it) if they agree on it. */
    static void checkSharedIds(Map<String, RuleMeta> rules, Consumer<String> problems) {
        Map<String, Map.Entry<String, RuleMeta>> firstById = new HashMap<>();
        for (Map.Entry<String, RuleMeta> rule : rules.entrySet()) {
            Map.Entry<String, RuleMeta> first = firstById.putIfAbsent(rule.getValue().id(), rule);
            if (first != null && !first.getValue().sameRecommendation(rule.getValue())) {
                problems.accept("rule " + rule.getKey() + " shares id " + rule.getValue().id() + " with rule "
                        + first.getKey() + " but declares a different category, priority, tier, addsLoad or sources");
            }
        }
    }
}
