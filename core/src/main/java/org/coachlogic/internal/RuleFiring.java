package org.coachlogic.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.drools.base.base.ObjectType;
import org.drools.core.reteoo.ObjectTypeNode;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledCause;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import org.coachlogic.EvaluationFailure;
import org.coachlogic.spi.Finding;
import org.coachlogic.spi.Parameters;
import org.coachlogic.spi.Reason;

/**
 * Fires one stage's rules over the facts in a pooled session, within deterministic bounds: a number of rule
 * firings, and optionally the evaluating thread's CPU time (never wall-clock time, which a busy host would
 * trip). Never throws for what the rules do: an exception in a consequence, a deleted input fact, a cleared
 * agenda or a bound reached ends the firing with a failure that names the rule responsible, or says that no
 * rule dominated.
 */
final class RuleFiring {

    /** Only the opt-in CPU-time limit reads thread CPU time: the bean is made on its first use, not at start-up. */
    private static final class Cpu {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    }

    /** What fired, each rule with its reasons in firing order; or why the firing failed. */
    record Outcome(Map<RuleMeta, List<Reason>> findings, EvaluationFailure failure) {

        static Outcome failed(EvaluationFailure failure) {
            return new Outcome(Map.of(), failure);
        }
    }

    /**
     * The name of the global through which the default rules read the parameters in force: a constraint on a
     * global is tested once per fact, where joining a {@code Parameters} fact costs a join in every rule.
     */
    static final String PARAMETERS_GLOBAL = "parameters";

    private final RuleBaseLoader.Stage stage;
    private final KieSessionsPool sessions;
    /** The parameters, set as a global in every session when the stage's rules declare it; null if not. */
    private final Parameters parameters;
    private final int maxRuleFirings;
    /** Zero for no CPU-time bound. */
    private final long cpuTimeLimitNanos;
    /** The fact types this stage's rules can match, by the object type nodes of its network. */
    private final List<ObjectType> matched;
    /** Whether a fact of this class reaches any rule of the stage, worked out once per class. */
    private final Map<Class<?>, Boolean> reaches = new ConcurrentHashMap<>();

    RuleFiring(RuleBaseLoader.Stage stage, Parameters parameters, int maxRuleFirings, long cpuTimeLimitNanos) {
        this.stage = stage;
        this.parameters = stage.kieBase().getGlobals().containsKey(PARAMETERS_GLOBAL) ? parameters : null;
        this.sessions = stage.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.maxRuleFirings = maxRuleFirings;
        this.cpuTimeLimitNanos = cpuTimeLimitNanos;
        this.matched = stage.kieBase().getRete().getObjectTypeNodes().stream()
                .map(ObjectTypeNode::getObjectType).toList();
    }

    /**
     * Whether any pattern of the stage's rules can match a fact of this class. A fact that none can match
     * changes nothing in the network, so the stage leaves it out: each one costs a fact handle, an object
     * store and a propagation in every session.
     */
    private boolean reaches(Class<?> type) {
        Boolean known = reaches.get(type);
        if (known == null) {
            known = matched.stream().anyMatch(objectType -> objectType.isAssignableFrom(type));
            reaches.put(type, known);
        }
        return known;
    }

    Outcome fire(List<?> facts) {
        KieSession session = sessions.newKieSession();
        Collector collector = new Collector(session, facts);
        try {
            session.addEventListener((RuleRuntimeEventListener) collector);
            session.addEventListener((AgendaEventListener) collector);
            if (parameters != null) {
                session.setGlobal(PARAMETERS_GLOBAL, parameters);
            }
            for (Object fact : facts) {
                if (reaches(fact.getClass())) {
                    session.insert(fact);
                }
            }
            collector.startCpu = cpuTimeLimitNanos > 0 ? Cpu.THREADS.getCurrentThreadCpuTime() : 0;
            // A rule may halt the session early (drools.halt()); firing again until nothing is left makes sure
            // that no rule is skipped that way. The bounds still limit the total.
            while (session.fireAllRules() > 0 && collector.stopped == null) {
                // fire again: the previous run may have been halted by a rule
            }
        } catch (RuntimeException e) {
            collector.stop("rule " + collector.describe(collector.lastFired) + " failed: " + describe(e),
                    collector.lastFired);
        } finally {
            session.removeEventListener((RuleRuntimeEventListener) collector);
            session.removeEventListener((AgendaEventListener) collector);
            session.dispose();
        }
        if (collector.stopped != null) {
            return Outcome.failed(new EvaluationFailure(collector.stopped, collector.culpritId()));
        }
        return new Outcome(collector.findings, null);
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /**
     * Attributes each inserted {@link Finding} to the rule whose consequence inserted it, and guards the
     * firing: it stops the session when the rules fire too often or too long, when a rule deletes an input
     * fact, or when a rule clears the agenda.
     */
    private final class Collector extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

        /**
         * By identity: there is one metadata object per id, and its record hash is not cheap. The reasons are
         * the finding's own (immutable) list while a rule gives one finding, a merged copy if it gives more.
         */
        final Map<RuleMeta, List<Reason>> findings = new IdentityHashMap<>(16);
        private final KieSession session;
        private final Map<Rule, Integer> firings = new HashMap<>();
        /** What the engine inserts: the facts, which rules may read but never delete. */
        private final List<?> inputs;
        private int fired;
        long startCpu;
        String stopped;
        private Rule offender;
        Rule lastFired;

        Collector(KieSession session, List<?> inputs) {
            this.session = session;
            this.inputs = inputs;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() != null && event.getObject() instanceof Finding finding) {
                RuleMeta meta = stage.meta(event.getRule());
                if (meta == null) {
                    throw new IllegalStateException("a Finding was inserted outside a known rule's consequence");
                }
                List<Reason> earlier = findings.putIfAbsent(meta, finding.reasons());
                if (earlier != null) {
                    List<Reason> all = new ArrayList<>(earlier.size() + finding.reasons().size());
                    all.addAll(earlier);
                    all.addAll(finding.reasons());
                    findings.put(meta, all);
                }
            }
        }

        /** Whether the engine inserted this very object (a deleted input is found by identity). */
        private boolean isInput(Object object) {
            for (Object input : inputs) {
                if (input == object && reaches(input.getClass())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // input facts are immutable records: an update changes nothing a rule could hide
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getRule() != null && isInput(event.getOldObject())) {
                stop("rule " + describe(event.getRule()) + " deleted an input fact ("
                        + event.getOldObject().getClass().getSimpleName() + "); input facts are read-only",
                        event.getRule());
            }
        }

        @Override
        public void matchCancelled(MatchCancelledEvent event) {
            // Clearing the agenda throws away rules that were about to fire.
            if (event.getCause() == MatchCancelledCause.CLEAR) {
                stop("rule " + describe(lastFired) + " cleared the agenda, which drops rules that were due to "
                        + "fire; rules may not clear the agenda", lastFired);
            }
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            lastFired = event.getMatch().getRule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firings.merge(event.getMatch().getRule(), 1, Integer::sum);
            if (++fired >= maxRuleFirings) {
                stop("evaluation stopped after " + fired + " rule firings (the limit is " + maxRuleFirings + "); "
                        + dominant() + ": it may keep triggering itself or another rule", null);
            } else if (cpuTimeLimitNanos > 0 && Cpu.THREADS.getCurrentThreadCpuTime() - startCpu > cpuTimeLimitNanos) {
                stop("evaluation stopped after " + (Cpu.THREADS.getCurrentThreadCpuTime() - startCpu) / 1_000_000
                        + " ms of CPU time (the limit is " + cpuTimeLimitNanos / 1_000_000 + " ms); " + dominant(),
                        null);
            }
        }

        void stop(String message, Rule rule) {
            if (stopped == null) {
                stopped = message;
                offender = rule;
                session.halt();
            }
        }

        /** The rule that fired more than half of all firings, if one did. */
        private Rule dominantRule() {
            return firings.entrySet().stream().filter(e -> e.getValue() * 2 > fired)
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }

        private String dominant() {
            Rule rule = dominantRule();
            return rule == null ? "no single rule fired more than half of the time"
                    : "rule " + describe(rule) + " fired " + firings.get(rule) + " times";
        }

        String culpritId() {
            Rule rule = offender != null ? offender : stopped != null && stopped.startsWith("evaluation stopped")
                    ? dominantRule() : null;
            if (rule == null) {
                return null;
            }
            RuleMeta meta = stage.meta(rule);
            return meta == null ? rule.getName() : meta.id();
        }

        String describe(Rule rule) {
            if (rule == null) {
                return "(unknown)";
            }
            RuleMeta meta = stage.meta(rule);
            return meta == null ? "\"" + rule.getName() + "\"" : meta.id();
        }
    }
}
