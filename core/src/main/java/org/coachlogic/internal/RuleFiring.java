package org.coachlogic.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
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
import org.kie.api.runtime.rule.EntryPoint;
import org.kie.api.runtime.rule.FactHandle;

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

    /**
     * The name of the global through which the default rules report their findings
     * ({@code findings.accept(Finding.because(...))}): the evaluation's collector, which attributes each finding
     * to the rule whose consequence is running. Where no pattern of the stage can match a {@code Finding}, the
     * finding goes no further: inserting it would cost a fact handle, an object store and a propagation that
     * nothing can see. Where one can (a pack's rule matches {@code Finding} or {@code Object}), the collector
     * also inserts it, so that every rule sees it as if the consequence had inserted it.
     */
    static final String FINDINGS_GLOBAL = "findings";

    private final RuleBaseLoader.Stage stage;
    /**
     * Drools' pool: for every session of a stage whose sessions cannot be kept (see {@link #keepable}), and for
     * the sessions of a small network that held more facts than {@link #keepFacts}; null for a large network.
     */
    private final KieSessionsPool sessions;
    /** Up to how many facts a session is emptied by deleting them and kept, instead of going back to the pool. */
    private final int keepFacts;
    /**
     * Sessions emptied after their evaluation by deleting their facts, ready for the next one, each with the
     * collector that stays registered on it.
     */
    private final Queue<Collector> kept = new ConcurrentLinkedQueue<>();
    /**
     * A kept session for each thread, by the thread's id, ahead of {@link #kept}: a session carries its agenda
     * items, node memories and object stores from one evaluation to the next, and handed to a thread on the other
     * core all of that is read and written there again (docs/performance.md, section 4, "Two threads"). Slots are
     * {@link #SLOT_STRIDE} apart so that two threads' slots never share a cache line; threads whose ids meet on one
     * slot share it, and the queue holds what does not fit.
     */
    private final AtomicReferenceArray<Collector> slots;
    private final int slotMask;
    /** References apart, so that neighbouring slots sit 64 bytes or more apart. */
    private static final int SLOT_STRIDE = 16;
    /** The parameters, set as a global in every session when the stage's rules declare it; null if not. */
    private final Parameters parameters;
    /** Whether the stage's rules declare the {@link #FINDINGS_GLOBAL} global. */
    private final boolean findingsGlobal;
    private final int maxRuleFirings;
    /** Zero for no CPU-time bound. */
    private final long cpuTimeLimitNanos;
    /** The fact types this stage's rules can match, by the object type nodes of its network. */
    private final List<ObjectType> matched;
    /** Whether a fact of this class reaches any rule of the stage, worked out once per class. */
    private final Map<Class<?>, Boolean> reaches = new ConcurrentHashMap<>();

    /**
     * From how many node memory slots a stage keeps every session, whatever it held: with a 10,000-rule pack
     * (20,520 slots) the reset's walk was half of a few-facts evaluation (docs/performance.md, section 4).
     */
    static final int KEEP_SESSIONS_FROM_MEMORY_SLOTS = 8_192;

    /**
     * Below that, up to how many facts a session is kept by deleting them. Deleting costs a propagation per fact,
     * the reset a walk of the network and new agenda items, node memories and object stores for the next
     * evaluation: with the default rules, one or two facts (the typical client puts one into each stage) are
     * cheaper to delete, a client with every section and several red flags cheaper to reset.
     */
    static final int KEEP_SESSIONS_UP_TO_FACTS = 2;

    RuleFiring(RuleBaseLoader.Stage stage, Parameters parameters, int maxRuleFirings, long cpuTimeLimitNanos) {
        this(stage, parameters, maxRuleFirings, cpuTimeLimitNanos, !keepable(stage.kieBase()) ? 0
                : stage.kieBase().getMemoryCount() >= KEEP_SESSIONS_FROM_MEMORY_SLOTS ? Integer.MAX_VALUE
                : KEEP_SESSIONS_UP_TO_FACTS);
    }

    /** With {@code keepSessions} false, every session comes from Drools' pool (the tests compare the two). */
    RuleFiring(RuleBaseLoader.Stage stage, Parameters parameters, int maxRuleFirings, long cpuTimeLimitNanos,
            boolean keepSessions) {
        this(stage, parameters, maxRuleFirings, cpuTimeLimitNanos, keepSessions ? Integer.MAX_VALUE : 0);
    }

    private RuleFiring(RuleBaseLoader.Stage stage, Parameters parameters, int maxRuleFirings, long cpuTimeLimitNanos,
            int keepFacts) {
        this.stage = stage;
        this.keepFacts = keepFacts;
        int slotCount = Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors() * 2 - 1)) * 2;
        this.slotMask = slotCount - 1;
        this.slots = new AtomicReferenceArray<>(keepFacts > 0 ? slotCount * SLOT_STRIDE : 0);
        this.parameters = stage.kieBase().getGlobals().containsKey(PARAMETERS_GLOBAL) ? parameters : null;
        this.findingsGlobal = stage.kieBase().getGlobals().containsKey(FINDINGS_GLOBAL);
        this.sessions = keepFacts == Integer.MAX_VALUE ? null
                : stage.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
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

    /**
     * Whether the stage's sessions can be kept between evaluations and emptied by deleting their facts, instead
     * of going back to Drools' pool, whose reset visits the memory slot of every node in the network (about
     * 20,000 with a 10,000-rule pack, however few the evaluation touched). Deleting every fact retracts every
     * match, as in any long-lived Drools session, provided that no match can stand without a fact: no rule
     * starts from the initial fact (a leading {@code not}, {@code exists}, {@code accumulate} or {@code from}),
     * and nothing keeps state outside the facts: agenda, activation and rule-flow groups, auto-focus,
     * lock-on-active, timers, calendars, validity dates, events, other entry points, or a global other than
     * the parameters and the findings (which are set anew for every evaluation): a global is state outside the
     * facts, which the pool's reset clears and a kept session would hand on from one client to the next. A stage
     * with any of these uses Drools' pool.
     */
    static boolean keepable(SealedKieBase kieBase) {
        if (kieBase.getRete().getEntryPointNodes().size() != 1
                || !Set.of(PARAMETERS_GLOBAL, FINDINGS_GLOBAL).containsAll(kieBase.getGlobals().keySet())) {
            return false;
        }
        for (ObjectTypeNode node : kieBase.getRete().getObjectTypeNodes()) {
            if (node.getObjectType().isEvent() || node.getObjectType().equals(ClassObjectType.InitialFact_ObjectType)
                    && node.getObjectSinkPropagator().size() > 0) {
                return false;
            }
        }
        for (Rule rule : kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList()) {
            RuleImpl impl = (RuleImpl) rule;
            if (!"MAIN".equals(impl.getAgendaGroup()) || impl.getActivationGroup() != null
                    || impl.getRuleFlowGroup() != null || impl.getAutoFocus() || impl.isLockOnActive()
                    || impl.getTimer() != null || impl.getCalendars() != null && impl.getCalendars().length > 0
                    || impl.getDateEffective() != null || impl.getDateExpires() != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A kept session with its collector, or a session from the pool (or a new one) with a new collector, which
     * is registered as its listener and findings global and stays so while the session is kept: adding and
     * removing listeners copies Drools' listener lists, and setting a global takes the rule base's lock, on every
     * evaluation.
     */
    private Collector take() {
        Collector collector = null;
        if (keepFacts > 0) {
            collector = slots.getAndSet(slot(), null);
            if (collector == null) {
                collector = kept.poll();
            }
        }
        if (collector != null) {
            return collector;
        }
        KieSession session = sessions != null ? sessions.newKieSession() : stage.kieBase().newKieSession();
        collector = new Collector(session);
        session.addEventListener((RuleRuntimeEventListener) collector);
        session.addEventListener((AgendaEventListener) collector);
        if (parameters != null) {
            session.setGlobal(PARAMETERS_GLOBAL, parameters);
        }
        if (findingsGlobal) {
            session.setGlobal(FINDINGS_GLOBAL, collector);
        }
        return collector;
    }

    /** The index of the calling thread's slot. */
    private int slot() {
        return ((int) Thread.currentThread().getId() & slotMask) * SLOT_STRIDE;
    }

    /**
     * Gives the session back. One that holds at most {@link #keepFacts} facts (and whose globals are still the
     * ones the engine set, or the firing would have failed) is kept with its collector: with its facts, when they
     * are all the engine's ({@link Collector#keepFacts}), for the next evaluation to update or delete before its
     * inserts; else with every fact deleted, if it is then empty. Any other loses the collector and goes back to
     * Drools' pool, which resets it (or, for a large network, which has no pool, is thrown away). A session whose
     * firing failed or was stopped is never kept.
     *
     * <p>Deletions are not propagated here: Drools queues them, and the next evaluation's first
     * {@code fireAllRules} applies them, in order, before that evaluation's inserts, as in any long-lived session
     * that deletes and inserts between firings. A firing here only for them cost a second pass through Drools'
     * firing loop per stage. Until then the session holds the last client's facts in memory, as it did while it
     * evaluated them.
     */
    private void release(Collector collector, boolean clean) {
        KieSession session = collector.session;
        if (clean && session.getFactCount() <= keepFacts) {
            try {
                if (collector.keepFacts()) {
                    if (!slots.compareAndSet(slot(), null, collector)) {
                        kept.offer(collector);
                    }
                    return;
                }
                collector.deleteFacts();
                if (session.getFactCount() == 0) {
                    if (!slots.compareAndSet(slot(), null, collector)) {
                        kept.offer(collector);
                    }
                    return;
                }
            } catch (RuntimeException e) {
                // not reusable: disposed below
            }
        }
        session.removeEventListener((RuleRuntimeEventListener) collector);
        session.removeEventListener((AgendaEventListener) collector);
        session.dispose();
    }

    private boolean globalsIntact(Collector collector) {
        return (parameters == null || collector.session.getGlobal(PARAMETERS_GLOBAL) == parameters)
                && (!findingsGlobal || collector.session.getGlobal(FINDINGS_GLOBAL) == collector);
    }

    Outcome fire(List<?> facts) {
        Collector collector = take();
        KieSession session = collector.session;
        collector.start(facts);
        try {
            collector.deletePreviousExceptSingles(facts);
            for (Object fact : facts) {
                if (reaches(fact.getClass())) {
                    FactHandle previous = collector.previous(fact.getClass());
                    if (previous != null) {
                        session.update(previous, fact);
                        collector.inserted(previous, fact.getClass());
                    } else {
                        collector.inserted(session.insert(fact), fact.getClass());
                    }
                }
            }
            collector.closed = false;
            collector.startCpu = cpuTimeLimitNanos > 0 ? Cpu.THREADS.getCurrentThreadCpuTime() : 0;
            // A rule may halt the session early (drools.halt()); firing again until nothing is left makes sure
            // that no rule is skipped that way. The bounds still limit the total.
            while (session.fireAllRules() > 0 && collector.stopped == null) {
                // fire again: the previous run may have been halted by a rule
            }
            if (!globalsIntact(collector)) {
                // set once per session, not per evaluation: a replaced findings global would have taken reports
                // away from this evaluation, and a replaced one of either would reach the next client's
                collector.stop("a rule replaced the engine's global \"" + PARAMETERS_GLOBAL + "\" or \""
                        + FINDINGS_GLOBAL + "\"; rules may not set globals", null);
            }
        } catch (RuntimeException e) {
            collector.stop("rule " + collector.describe(collector.lastFired) + " failed: " + describe(e),
                    collector.lastFired);
        } finally {
            collector.closed = true;
        }
        // read before the release: once kept, the collector may serve another thread's evaluation
        Outcome outcome = collector.stopped != null
                ? Outcome.failed(new EvaluationFailure(collector.stopped, collector.culpritId()))
                : new Outcome(collector.findings == null ? Map.of() : collector.findings, null);
        release(collector, collector.stopped == null);
        return outcome;
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /**
     * Attributes each {@link Finding} to the rule whose consequence inserted or reported it, and guards the
     * firing: it stops the session when the rules fire too often or too long, when a rule deletes an input
     * fact, or when a rule clears the agenda. One per session, registered as long as the session is kept, and
     * made ready for each evaluation by {@link #start}; a session is used by one evaluation at a time.
     */
    private final class Collector extends DefaultAgendaEventListener
            implements RuleRuntimeEventListener, Consumer<Finding> {

        private static final Rule[] NO_RULES = {};
        private static final FactHandle[] NO_HANDLES = {};
        private static final Class<?>[] NO_TYPES = {};
        private static final int LOGGED_FIRINGS = 256;

        final KieSession session;
        /** Whether a finding reported through the global is also inserted: some pattern of the stage can match it. */
        private final boolean insertReported = reaches(Finding.class);
        /**
         * By identity: there is one metadata object per id, and its record hash is not cheap. The reasons are
         * the finding's own (immutable) list while a rule gives one finding, a merged copy if it gives more.
         * Null until the evaluation's first finding (the typical client's safety stage has none); a new map for
         * each evaluation, since the outcome hands it on.
         */
        Map<RuleMeta, List<Reason>> findings;
        /** What the engine inserts: the facts, which rules may read but never delete. */
        private List<?> inputs;
        /** The evaluating thread: the only one whose reports are taken. */
        private Thread thread;
        /** The rule whose consequence is running; null between firings. */
        private Rule firing;
        /** Set when the firing is over: a report after it (a leaked reference) is refused. */
        boolean closed = true;
        /**
         * The first {@link #LOGGED_FIRINGS} rules to fire, in firing order, counted per rule only when a bound
         * stops the firing: a map of counts made on every evaluation cost more than the rest of the bound. Kept
         * with the session. Firings past those are counted in {@link #moreFirings}, made only then.
         */
        private Rule[] firedRules = NO_RULES;
        private Map<Rule, Integer> moreFirings;
        private int fired;
        /** The handles of what the engine inserted in this evaluation, {@link #handleCount} of them. */
        private FactHandle[] handles = NO_HANDLES;
        private int handleCount;
        /** The last evaluation's handles, kept in the session for this one to update ({@link #keepFacts}). */
        private FactHandle[] previous = NO_HANDLES;
        private int previousCount;
        /** The class of each fact in {@link #handles} and {@link #previous}. */
        private Class<?>[] types = NO_TYPES;
        private Class<?>[] previousTypes = NO_TYPES;
        /** Whether a rule deleted a fact: then some handle above may be gone, and the release looks them up. */
        private boolean ruleDeleted;
        long startCpu;
        String stopped;
        private Rule offender;
        Rule lastFired;

        Collector(KieSession session) {
            this.session = session;
        }

        void start(List<?> inputs) {
            this.inputs = inputs;
            this.thread = Thread.currentThread();
            findings = null;
            firing = null;
            fired = 0;
            moreFirings = null;
            handleCount = 0;
            ruleDeleted = false;
            startCpu = 0;
            stopped = null;
            offender = null;
            lastFired = null;
        }

        /**
         * Keeps the last evaluation's facts in the session for the next one to replace, when they are all the
         * engine's (no rule inserted or deleted a fact): the next evaluation updates each with the new fact of
         * its class, which re-evaluates its matches in place, instead of deleting it (a retraction through every
         * node it reached) and inserting the new one (new tuples along the same path).
         */
        boolean keepFacts() {
            if (ruleDeleted || session.getFactCount() != handleCount) {
                return false;
            }
            FactHandle[] swap = previous;
            previous = handles;
            handles = swap;
            Class<?>[] swapTypes = previousTypes;
            previousTypes = types;
            types = swapTypes;
            previousCount = handleCount;
            handleCount = 0;
            inputs = null;
            return true;
        }

        /**
         * Deletes the last evaluation's facts, except each that was the only one of its class then and has exactly
         * one successor of its class now: {@link #previous} hands those out to be updated. The deletions come
         * before any insert, as when the release deleted them all: a fact may be the very same object in both
         * evaluations (an enum constant such as a red flag), and inserting it while its old handle is still there
         * returns that handle, which a later deletion would then take away. Where a class has several facts (red
         * flags, conditions), updating some and inserting others changed the order in which one rule's matches
         * fired, and so the order of its reasons (ConcurrencyTest): they are deleted and inserted anew.
         */
        void deletePreviousExceptSingles(List<?> facts) {
            for (int i = 0; i < previousCount; i++) {
                if (previous[i] != null && (!single(previousTypes, previousCount, previousTypes[i])
                        || count(facts, previousTypes[i]) != 1)) {
                    session.delete(previous[i]);
                    previous[i] = null;
                }
            }
        }

        private static boolean single(Class<?>[] types, int count, Class<?> type) {
            int found = 0;
            for (int i = 0; i < count; i++) {
                if (types[i] == type && ++found > 1) {
                    return false;
                }
            }
            return found == 1;
        }

        private static int count(List<?> facts, Class<?> type) {
            int found = 0;
            for (Object fact : facts) {
                if (fact.getClass() == type) {
                    found++;
                }
            }
            return found;
        }

        /** The last evaluation's handle of this class that {@link #deletePreviousExceptSingles} left, or null. */
        FactHandle previous(Class<?> type) {
            for (int i = 0; i < previousCount; i++) {
                if (previousTypes[i] == type && previous[i] != null) {
                    FactHandle handle = previous[i];
                    previous[i] = null;
                    return handle;
                }
            }
            return null;
        }

        void inserted(FactHandle handle, Class<?> type) {
            if (handleCount == handles.length) {
                handles = Arrays.copyOf(handles, Math.max(4, handleCount * 2));
                types = Arrays.copyOf(types, handles.length);
            }
            types[handleCount] = type;
            handles[handleCount++] = handle;
        }

        /**
         * Deletes every fact in the session: by the handles the engine kept, when they are all there is (no rule
         * inserted or deleted a fact), else by walking the session's fact handles.
         */
        void deleteFacts() {
            if (!ruleDeleted && session.getFactCount() == handleCount) {
                for (int i = 0; i < handleCount; i++) {
                    session.delete(handles[i]);
                }
            } else {
                for (EntryPoint entryPoint : session.getEntryPoints()) {
                    for (FactHandle handle : new ArrayList<FactHandle>(entryPoint.<FactHandle>getFactHandles())) {
                        entryPoint.delete(handle);
                    }
                }
            }
            Arrays.fill(handles, 0, handleCount, null);
            Arrays.fill(types, 0, handleCount, null);
            handleCount = 0;
            previousCount = 0;
            inputs = null;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() != null && event.getObject() instanceof Finding finding) {
                add(event.getRule(), finding);
            }
        }

        /**
         * A finding reported through the {@link #FINDINGS_GLOBAL} global, by the consequence running now on the
         * evaluating thread; attributed to its rule. Refused anywhere else, so that no report can be attributed
         * to a rule that did not make it.
         */
        @Override
        public void accept(Finding finding) {
            if (closed || firing == null || Thread.currentThread() != thread) {
                throw new IllegalStateException("a finding is reported from a rule's consequence, while it runs");
            }
            add(firing, Objects.requireNonNull(finding, "finding"));
            if (insertReported) {
                inserted(session.insert(finding), Finding.class);
            }
        }

        private void add(Rule rule, Finding finding) {
            RuleMeta meta = stage.meta(rule);
            if (meta == null) {
                throw new IllegalStateException("a Finding was inserted outside a known rule's consequence");
            }
            if (findings == null) {
                findings = new IdentityHashMap<>(12);
            }
            List<Reason> earlier = findings.putIfAbsent(meta, finding.reasons());
            if (earlier != null) {
                List<Reason> all = new ArrayList<>(earlier.size() + finding.reasons().size());
                all.addAll(earlier);
                all.addAll(finding.reasons());
                findings.put(meta, all);
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
            if (closed) {
                return; // the release's own deletions
            }
            ruleDeleted = true;
            if (event.getRule() != null && isInput(event.getOldObject())) {
                stop("rule " + describe(event.getRule()) + " deleted an input fact ("
                        + event.getOldObject().getClass().getSimpleName() + "); input facts are read-only",
                        event.getRule());
            }
        }

        @Override
        public void matchCancelled(MatchCancelledEvent event) {
            // Clearing the agenda throws away rules that were about to fire.
            if (!closed && event.getCause() == MatchCancelledCause.CLEAR) {
                stop("rule " + describe(lastFired) + " cleared the agenda, which drops rules that were due to "
                        + "fire; rules may not clear the agenda", lastFired);
            }
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            lastFired = event.getMatch().getRule();
            firing = lastFired;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null;
            Rule rule = event.getMatch().getRule();
            if (fired < LOGGED_FIRINGS) {
                if (fired == firedRules.length) {
                    firedRules = Arrays.copyOf(firedRules, Math.max(16, fired * 2));
                }
                firedRules[fired] = rule;
            } else {
                if (moreFirings == null) {
                    moreFirings = new HashMap<>();
                }
                moreFirings.merge(rule, 1, Integer::sum);
            }
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

        /** How often each rule fired in this evaluation, counted from the firing order. */
        private Map<Rule, Integer> firings() {
            Map<Rule, Integer> firings = moreFirings == null ? new HashMap<>() : new HashMap<>(moreFirings);
            for (int i = 0; i < Math.min(fired, LOGGED_FIRINGS); i++) {
                firings.merge(firedRules[i], 1, Integer::sum);
            }
            return firings;
        }

        /** The rule that fired more than half of all firings, if one did. */
        private Rule dominantRule() {
            return firings().entrySet().stream().filter(e -> e.getValue() * 2 > fired)
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }

        private String dominant() {
            Rule rule = dominantRule();
            return rule == null ? "no single rule fired more than half of the time"
                    : "rule " + describe(rule) + " fired " + firings().get(rule) + " times";
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
