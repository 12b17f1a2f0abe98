package org.coachlogic.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.ParameterInfo;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleBaseException;
import org.coachlogic.RuleInfo;
import org.coachlogic.RuleSetInfo;

/**
 * The rule ids an engine knows (its rules, and the rules its packs disabled), so that an expectation naming
 * any other id fails, with a "did you mean" when one is close. A misspelt id can never make a check pass.
 * It also keeps what the safety invariants need of the rules: which add load, and the acute window.
 */
final class KnownRules {

    /** The parameter that bounds an acute injury in the default rules. */
    static final String ACUTE_WEEKS = "pain.acute-max-weeks";
    /** The acute window the guidelines give (6 weeks), for a rule base that has no such parameter. */
    private static final double GUIDELINE_ACUTE_WEEKS = 6;

    private final Set<String> ids;
    private final Map<String, RuleInfo> rules;
    private final double acuteWeeks;
    /** Where the ids came from, when it is worth saying; null if from the engine itself. */
    private final String origin;

    private KnownRules(Set<String> ids, Map<String, RuleInfo> rules, double acuteWeeks, String origin) {
        this.ids = Set.copyOf(ids);
        this.rules = Map.copyOf(rules);
        this.acuteWeeks = acuteWeeks;
        this.origin = origin;
    }

    static KnownRules of(CoachingEngine engine) {
        Set<String> ids = new TreeSet<>(engine.rules().stream().map(RuleInfo::id).toList());
        // a disabled rule is still a rule an expectation may say did not fire
        engine.disabledRules().forEach(disabled -> ids.add(disabled.id()));
        Map<String, RuleInfo> rules = engine.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, Function.identity(), (a, b) -> a));
        double acuteWeeks = engine.parameters().stream().filter(p -> p.name().equals(ACUTE_WEEKS))
                .mapToDouble(ParameterInfo::value).findFirst().orElse(GUIDELINE_ACUTE_WEEKS);
        return new KnownRules(ids, rules, acuteWeeks, null);
    }

    /** Injuries of fewer weeks than this are acute. */
    double acuteWeeks() {
        return acuteWeeks;
    }

    /**
     * Whether this recommendation adds load, as its rule declares ({@code @addsLoad}); for a rule not known
     * here, the engine's default: LOAD and PROGRAMMING add load, everything else does not.
     */
    boolean addsLoad(Recommendation recommendation) {
        RuleInfo rule = rules.get(recommendation.id());
        return rule != null ? rule.addsLoad()
                : recommendation.category() == Category.LOAD || recommendation.category() == Category.PROGRAMMING;
    }

    /** The rule's metadata, if known. */
    Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * The default rules' ids if {@code ruleSet} is the default rule set on the class path, alone or with packs
     * ({@code coachlogic-default+my-pack}); otherwise none. Ids only a pack has fail until its engine is given.
     */
    static KnownRules forRuleSet(RuleSetInfo ruleSet) {
        String hint = "the advice came from rule set " + ruleSet.name() + " " + ruleSet.version()
                + "; for a pack's own rules, give its engine with usingRulesOf(engine)";
        return DefaultRules.INSTANCE
                .filter(known -> known.ruleSet.equals(ruleSet) || ruleSet.name().startsWith(known.ruleSet.name() + "+"))
                .map(known -> new KnownRules(known.rules.ids, known.rules.rules, known.rules.acuteWeeks, hint))
                .orElseGet(() -> new KnownRules(Set.of(), Map.of(), GUIDELINE_ACUTE_WEEKS, hint));
    }

    /** The one problem with these ids, or empty if the engine knows every one. */
    Optional<String> unknown(List<String> mentioned) {
        List<String> unknown = mentioned.stream().distinct().filter(id -> !ids.contains(id))
                .map(id -> id + suggestion(id)).toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the rule base has no rule " + String.join(", ", unknown)
                + (origin == null ? "" : " (" + origin + ")"));
    }

    private String suggestion(String id) {
        return ids.stream().min(Comparator.comparingInt(known -> distance(id, known)))
                .filter(best -> distance(id, best) <= Math.max(2, id.length() / 4))
                .map(best -> " (did you mean " + best + "?)").orElse("");
    }

    /** Edit distance between two ids, to suggest the id a typo meant. */
    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }

    /** The default rule set, built once, the first time an assertion needs it. */
    private record DefaultRules(RuleSetInfo ruleSet, KnownRules rules) {

        static final Optional<DefaultRules> INSTANCE = load();

        private static Optional<DefaultRules> load() {
            try {
                CoachingEngine engine = CoachingEngine.builder().build();
                return Optional.of(new DefaultRules(engine.ruleSet(), KnownRules.of(engine)));
            } catch (RuleBaseException | IllegalStateException e) {
                return Optional.empty(); // no default rule set on the class path
            }
        }
    }
}
