package org.coachlogic.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleExecutionException;
import org.coachlogic.RuleInfo;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Suppression;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.spi.Finding;
import org.coachlogic.spi.Reason;

/**
 * The engine behind {@link CoachingEngine}: a shared, immutable Drools {@code KieBase} and a fresh
 * session per evaluation, followed by the one post-pass that orders and suppresses.
 */
public final class DroolsCoachingEngine implements CoachingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsCoachingEngine.class);

    /** Output order: priority, then category, then id. */
    static final Comparator<RuleMeta> OUTPUT_ORDER = Comparator.comparing(RuleMeta::priority)
            .thenComparing(RuleMeta::category)
            .thenComparing(RuleMeta::id);

    private final RuleBaseLoader.Loaded ruleBase;
    private final int maxRuleFirings;
    private final List<RuleInfo> rules;

    private DroolsCoachingEngine(RuleBaseLoader.Loaded ruleBase, int maxRuleFirings) {
        this.ruleBase = ruleBase;
        this.maxRuleFirings = maxRuleFirings;
        this.rules = ruleBase.rules().values().stream()
                .sorted(Comparator.comparing(RuleMeta::category).thenComparing(RuleMeta::priority)
                        .thenComparing(RuleMeta::id))
                .map(RuleMeta::info)
                .toList();
    }

    public static CoachingEngine create(EngineSettings settings) {
        long start = System.nanoTime();
        RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(settings.classLoader(), Locale.ENGLISH);
        LOG.debug("rule base {} {} with {} rules ready in {} ms", loaded.ruleSet().name(),
                loaded.ruleSet().version(), loaded.rules().size(), (System.nanoTime() - start) / 1_000_000);
        return new DroolsCoachingEngine(loaded, settings.maxRuleFirings());
    }

    @Override
    public RuleSetInfo ruleSet() {
        return ruleBase.ruleSet();
    }

    @Override
    public List<RuleInfo> rules() {
        return rules;
    }

    @Override
    public Advice evaluate(ClientFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Map<RuleMeta, List<Reason>> fired = fire(facts);
        return postPass(fired);
    }

    /** Runs the rules; returns each rule that fired with its reasons, in firing order. */
    private Map<RuleMeta, List<Reason>> fire(ClientFacts facts) {
        Collector collector = new Collector();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) collector);
            session.addEventListener(collector.firings);
            session.insert(facts);
            session.insert(facts.client());
            insertIfKnown(session, facts.client().sport());
            facts.client().conditions().forEach(session::insert);
            facts.goals().forEach(session::insert);
            facts.redFlags().forEach(session::insert);
            insertIfKnown(session, facts.pain());
            insertIfKnown(session, facts.sleep());
            insertIfKnown(session, facts.stress());
            insertIfKnown(session, facts.activity());
            insertIfKnown(session, facts.mindset());
            insertIfKnown(session, facts.training());
            int count = session.fireAllRules(maxRuleFirings);
            if (count >= maxRuleFirings) {
                String culprit = collector.firings.mostFrequent();
                throw new RuleExecutionException("evaluation stopped after " + count
                        + " rule firings; rule " + culprit + " fired most often", culprit);
            }
        } finally {
            session.dispose();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("rules fired: {}", collector.findings.keySet().stream().map(RuleMeta::id).toList());
        }
        return collector.findings;
    }

    private static void insertIfKnown(KieSession session, Object section) {
        if (section != null) {
            session.insert(section);
        }
    }

    private Advice postPass(Map<RuleMeta, List<Reason>> fired) {
        List<RuleMeta> ordered = fired.keySet().stream().sorted(OUTPUT_ORDER).toList();
        RuleMeta urgentSafety = ordered.stream()
                .filter(m -> m.category() == Category.SAFETY && m.priority() == Priority.URGENT)
                .findFirst().orElse(null);
        List<RuleMeta> suppressors = ordered.stream()
                .filter(m -> !m.suppresses().isEmpty())
                .filter(m -> urgentSafety == null || m.category() == Category.SAFETY)
                .toList();

        List<Recommendation> shown = new ArrayList<>();
        List<Suppression> suppressed = new ArrayList<>();
        for (RuleMeta meta : ordered) {
            String by = null;
            if (urgentSafety != null && meta.category() != Category.SAFETY) {
                by = urgentSafety.id();
            } else {
                by = suppressors.stream()
                        .filter(s -> s != meta && s.suppresses().contains(meta.category()))
                        .map(RuleMeta::id).findFirst().orElse(null);
            }
            if (by != null) {
                suppressed.add(new Suppression(meta.id(), by));
            } else {
                shown.add(recommendation(meta, fired.get(meta)));
            }
        }
        return new Advice(shown, suppressed, ruleBase.ruleSet());
    }

    private Recommendation recommendation(RuleMeta meta, List<Reason> reasons) {
        Set<String> because = new LinkedHashSet<>();
        for (Reason reason : reasons) {
            because.add(ruleBase.messages().render(reason));
        }
        return new Recommendation(meta.id(), meta.category(), meta.priority(), meta.summary(), meta.detail(),
                List.copyOf(because), meta.sources());
    }

    /** Attributes each inserted {@link Finding} to the rule whose consequence inserted it. */
    private final class Collector extends DefaultRuleRuntimeEventListener {

        final Map<RuleMeta, List<Reason>> findings = new LinkedHashMap<>();
        final FiringCounter firings = new FiringCounter();

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Finding finding) {
                Rule rule = event.getRule();
                RuleMeta meta = rule == null ? null : ruleBase.meta(rule);
                if (meta == null) {
                    throw new IllegalStateException("a Finding was inserted outside a known rule's consequence");
                }
                findings.computeIfAbsent(meta, m -> new ArrayList<>()).addAll(finding.reasons());
            }
        }
    }

    /** Counts firings per rule, so that a runaway evaluation can name its likeliest culprit. */
    private final class FiringCounter extends DefaultAgendaEventListener {

        private final Map<Rule, Integer> counts = new HashMap<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            counts.merge(event.getMatch().getRule(), 1, Integer::sum);
        }

        String mostFrequent() {
            return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> {
                        RuleMeta meta = ruleBase.meta(e.getKey());
                        return meta == null ? e.getKey().getName() : meta.id();
                    })
                    .orElse("(none)");
        }
    }
}
