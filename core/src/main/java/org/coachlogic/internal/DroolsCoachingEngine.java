package org.coachlogic.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.MatchCancelledCause;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.coachlogic.Advice;
import org.coachlogic.Assessment;
import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.DisabledRule;
import org.coachlogic.ParameterInfo;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleExecutionException;
import org.coachlogic.RuleInfo;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Suppression;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.StartBack;
import org.coachlogic.spi.Finding;
import org.coachlogic.spi.Reason;

/**
 * The engine behind {@link CoachingEngine}: a shared, immutable Drools {@code KieBase} and a fresh
 * session per evaluation, followed by the one post-pass that orders and suppresses.
 */
public final class DroolsCoachingEngine implements CoachingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsCoachingEngine.class);

    /** Output order: priority, then category, then id. */
    static final Comparator<RuleMeta> OUTPUT_ORDER =
            Recommendation.outputOrder(RuleMeta::priority, RuleMeta::category, RuleMeta::id);

    private final RuleBaseLoader.Loaded ruleBase;
    private final int maxRuleFirings;
    private final long timeoutNanos;
    private final List<RuleInfo> rules;
    /** Sessions are reset and reused rather than built anew for each evaluation. */
    private final KieSessionsPool sessions;

    private DroolsCoachingEngine(RuleBaseLoader.Loaded ruleBase, EngineSettings settings) {
        this.ruleBase = ruleBase;
        this.maxRuleFirings = settings.maxRuleFirings();
        this.timeoutNanos = settings.evaluationTimeout().toNanos();
        this.sessions = ruleBase.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = ruleBase.rules().values().stream()
                .sorted(Comparator.comparing(RuleMeta::category).thenComparing(RuleMeta::priority)
                        .thenComparing(RuleMeta::id))
                .map(RuleMeta::info)
                .distinct()
                .toList();
    }

    public static CoachingEngine create(EngineSettings settings) {
        long start = System.nanoTime();
        RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(settings.classLoader(), settings.locale(),
                settings.packs(), settings.parameters());
        LOG.debug("rule base {} {} with {} rules and {} packs ready in {} ms", loaded.ruleSet().name(),
                loaded.ruleSet().version(), loaded.rules().size(), settings.packs().size(),
                (System.nanoTime() - start) / 1_000_000);
        return new DroolsCoachingEngine(loaded, settings);
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
    public List<ParameterInfo> parameters() {
        return ruleBase.parameterInfos();
    }

    @Override
    public List<DisabledRule> disabledRules() {
        return ruleBase.disabled();
    }

    @Override
    public Advice evaluate(ClientFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Map<RuleMeta, List<Reason>> fired = fire(facts);
        return postPass(fired, assessments(facts));
    }

    /** Runs the rules; returns each rule that fired with its reasons, in firing order. */
    private Map<RuleMeta, List<Reason>> fire(ClientFacts facts) {
        KieSession session = sessions.newKieSession();
        Collector collector = new Collector(session);
        try {
            session.addEventListener((RuleRuntimeEventListener) collector);
            session.addEventListener((AgendaEventListener) collector);
            session.insert(ruleBase.parameters());
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
            if (facts.screening() != null) {
                insertIfKnown(session, facts.screening().startBack());
            }
            collector.start = System.nanoTime();
            // A rule may halt the session early (drools.halt()); firing again until nothing is left makes sure
            // that no rule, a safety rule least of all, is skipped that way. The guard still bounds the total.
            while (session.fireAllRules() > 0 && collector.stopped == null) {
                // fire again: the previous run may have been halted by a rule
            }
            if (collector.stopped != null) {
                throw new RuleExecutionException(collector.stopped, collector.culprit());
            }
        } finally {
            session.removeEventListener((RuleRuntimeEventListener) collector);
            session.removeEventListener((AgendaEventListener) collector);
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

    /** The scores of the screening instruments answered in the facts. */
    private static List<Assessment> assessments(ClientFacts facts) {
        StartBack startBack = facts.screening() == null ? null : facts.screening().startBack();
        return startBack == null ? List.of() : List.of(new Assessment(Assessment.STARTBACK, startBack.score(),
                startBack.psychosocialScore(), startBack.risk().name()));
    }

    private Advice postPass(Map<RuleMeta, List<Reason>> fired, List<Assessment> assessments) {
        List<RuleMeta> ordered = new ArrayList<>(fired.keySet());
        ordered.sort(OUTPUT_ORDER);
        RuleMeta urgentSafety = null;
        List<RuleMeta> suppressors = new ArrayList<>(2);
        for (RuleMeta meta : ordered) {
            if (urgentSafety == null && meta.category() == Category.SAFETY && meta.priority() == Priority.URGENT) {
                urgentSafety = meta;
            }
        }
        for (RuleMeta meta : ordered) {
            if (!meta.suppresses().isEmpty() && (urgentSafety == null || meta.category() == Category.SAFETY)) {
                suppressors.add(meta);
            }
        }

        List<Recommendation> shown = new ArrayList<>();
        List<Suppression> suppressed = new ArrayList<>();
        for (RuleMeta meta : ordered) {
            String by = null;
            if (urgentSafety != null && meta.category() != Category.SAFETY) {
                by = urgentSafety.id();
            } else {
                for (RuleMeta suppressor : suppressors) {
                    if (suppressor != meta && suppressor.suppresses().contains(meta.category())) {
                        by = suppressor.id();
                        break;
                    }
                }
            }
            if (by != null) {
                suppressed.add(new Suppression(meta.id(), by));
            } else {
                shown.add(recommendation(meta, fired.get(meta)));
            }
        }
        return new Advice(shown, suppressed, assessments, ruleBase.ruleSet());
    }

    private Recommendation recommendation(RuleMeta meta, List<Reason> reasons) {
        Set<String> because = new LinkedHashSet<>();
        for (Reason reason : reasons) {
            because.add(ruleBase.messages().render(reason));
        }
        return new Recommendation(meta.id(), meta.category(), meta.priority(), meta.summary(), meta.detail(),
                List.copyOf(because), meta.sources());
    }

    /**
     * Attributes each inserted {@link Finding} to the rule whose consequence inserted it, and guards the
     * evaluation: it halts the session when the rules fire too often or too long, or when a rule deletes an
     * input fact (which could hide a red flag from the safety rules).
     */
    private final class Collector extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

        /** By identity: there is one metadata object per id, and its record hash is not cheap. */
        final Map<RuleMeta, List<Reason>> findings = new IdentityHashMap<>();
        private final KieSession session;
        private final Map<Rule, Integer> firings = new HashMap<>();
        /** What the engine inserted: the facts, which rules may read but never delete. */
        private final Set<Object> inputs = Collections.newSetFromMap(new IdentityHashMap<>());
        private int fired;
        long start;
        String stopped;
        private Rule offender;
        private Rule lastFired;

        Collector(KieSession session) {
            this.session = session;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() == null) {
                inputs.add(event.getObject());
            } else if (event.getObject() instanceof Finding finding) {
                Rule rule = event.getRule();
                RuleMeta meta = rule == null ? null : ruleBase.meta(rule);
                if (meta == null) {
                    throw new IllegalStateException("a Finding was inserted outside a known rule's consequence");
                }
                findings.computeIfAbsent(meta, m -> new ArrayList<>()).addAll(finding.reasons());
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // input facts are immutable records: an update changes nothing a rule could hide
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getRule() != null && inputs.contains(event.getOldObject())) {
                stop("rule " + describe(event.getRule()) + " deleted an input fact ("
                        + event.getOldObject().getClass().getSimpleName() + "); input facts are read-only",
                        event.getRule());
            }
        }

        @Override
        public void matchCancelled(MatchCancelledEvent event) {
            // Clearing the agenda would throw away rules that were about to fire, safety rules among them.
            if (event.getCause() == MatchCancelledCause.CLEAR) {
                stop("rule " + (lastFired == null ? "(unknown)" : describe(lastFired)) + " cleared the agenda, which "
                        + "would drop rules that were due to fire; rules may not clear the agenda", lastFired);
            }
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            lastFired = event.getMatch().getRule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Rule rule = event.getMatch().getRule();
            firings.merge(rule, 1, Integer::sum);
            if (++fired >= maxRuleFirings) {
                stop("evaluation stopped after " + fired + " rule firings (the limit is " + maxRuleFirings
                        + "); rule " + culprit() + " fired most often: it may keep triggering itself or another rule",
                        null);
            } else if (System.nanoTime() - start > timeoutNanos) {
                stop("evaluation stopped after " + (System.nanoTime() - start) / 1_000_000 + " ms (the limit is "
                        + timeoutNanos / 1_000_000 + " ms); rule " + culprit() + " fired most often", null);
            }
        }

        private void stop(String message, Rule rule) {
            if (stopped == null) {
                stopped = message;
                offender = rule;
                session.halt();
            }
        }

        String culprit() {
            Rule rule = offender != null ? offender
                    : firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            return rule == null ? "(none)" : describe(rule);
        }

        private String describe(Rule rule) {
            RuleMeta meta = ruleBase.meta(rule);
            return meta == null ? "\"" + rule.getName() + "\"" : meta.id();
        }
    }
}
