package org.coachlogic.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.coachlogic.Advice;
import org.coachlogic.Assessment;
import org.coachlogic.CoachingEngine;
import org.coachlogic.DisabledRule;
import org.coachlogic.EvaluationFailure;
import org.coachlogic.ParameterInfo;
import org.coachlogic.RuleExecutionException;
import org.coachlogic.RuleInfo;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.StartBack;
import org.coachlogic.internal.json.JsonCodec;
import org.coachlogic.spi.Parameters;
import org.coachlogic.spi.Reason;
import org.coachlogic.spi.SafetyFinding;

/**
 * The engine behind {@link CoachingEngine}, in two stages. The safety stage fires the default SAFETY rules
 * alone, in a sealed rule base that no pack rule joins. The advice stage fires the other default rules and
 * every pack rule, with one read-only {@link SafetyFinding} per safety recommendation among its facts. The
 * engine keeps the safety stage's results itself; if the advice stage fails, the advice is the safety
 * recommendations alone, marked incomplete. The {@link PostPass} then orders, applies the safety policy and
 * writes the texts.
 */
final class DroolsCoachingEngine implements CoachingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsCoachingEngine.class);

    private final RuleBaseLoader.Loaded ruleBase;
    private final RuleFiring safety;
    private final RuleFiring advice;
    private final PostPass postPass;
    private final List<RuleInfo> rules;
    /** What the advice stage sees of each safety recommendation, made once per rule. */
    private final Map<RuleMeta, SafetyFinding> safetyFacts;
    /** Set once a rule changed the advice rule base past its seal; every later advice stage then fails. */
    private volatile EvaluationFailure tampered;

    private DroolsCoachingEngine(RuleBaseLoader.Loaded ruleBase, EngineSettings settings) {
        this.ruleBase = ruleBase;
        long cpuLimit = settings.cpuTimeLimit() == null ? 0 : settings.cpuTimeLimit().toNanos();
        this.safety = new RuleFiring(ruleBase.safety(), ruleBase.parameters(), settings.maxRuleFirings(), cpuLimit);
        this.advice = new RuleFiring(ruleBase.advice(), ruleBase.parameters(), settings.maxRuleFirings(), cpuLimit);
        this.postPass = new PostPass(ruleBase.safety().messages(), ruleBase.advice().messages(), ruleBase.ruleSet());
        // the codec keeps the bytes of this engine's recommendations, found by the rule set its advice carries
        JsonCodec.keepAdviceBytesFor(ruleBase.ruleSet());
        this.rules = ruleBase.rules().stream()
                .sorted(Comparator.comparing(RuleMeta::category).thenComparing(RuleMeta::priority)
                        .thenComparing(RuleMeta::id))
                .map(RuleMeta::info)
                .toList();
        Map<RuleMeta, SafetyFinding> facts = new IdentityHashMap<>();
        ruleBase.safety().byRule().values().forEach(meta -> facts.computeIfAbsent(meta,
                m -> new SafetyFinding(m.id(), m.priority(), m.tier())));
        this.safetyFacts = Collections.unmodifiableMap(facts);
    }

    static CoachingEngine create(EngineSettings settings) {
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
        List<Object> inputs = inputs(ruleBase.parameters(), facts);
        RuleFiring.Outcome first = safety.fire(inputs);
        if (first.failure() != null) {
            // a default safety rule is broken: an internal error, never advice without it
            throw new RuleExecutionException("the safety rules failed: " + first.failure().message(),
                    first.failure().ruleId());
        }
        Map<RuleMeta, List<Reason>> safetyFindings = first.findings();
        for (RuleMeta meta : safetyFindings.keySet()) {
            inputs.add(safetyFacts.get(meta));
        }
        RuleFiring.Outcome second = tampered != null ? RuleFiring.Outcome.failed(tampered) : advice.fire(inputs);
        if (!ruleBase.advice().kieBase().intact()) {
            tampered = new EvaluationFailure("a rule changed the rule base during an earlier evaluation; the "
                    + "advice rules no longer run (rebuild the engine without that pack)", null);
            second = RuleFiring.Outcome.failed(tampered);
        }
        if (second.failure() != null) {
            LOG.debug("advice stage failed, giving the safety advice only: {}", second.failure().message());
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("rules fired: {} then {}", safetyFindings.keySet().stream().map(RuleMeta::id).toList(),
                    second.findings().keySet().stream().map(RuleMeta::id).toList());
        }
        return postPass.advice(safetyFindings, second, assessments(facts));
    }

    /** The facts as the rules see them, one fact per section and per set member. */
    static List<Object> inputs(Parameters parameters, ClientFacts facts) {
        List<Object> inputs = new ArrayList<>(24);
        inputs.add(parameters);
        inputs.add(facts);
        inputs.add(facts.client());
        addIfKnown(inputs, facts.client().sport());
        inputs.addAll(facts.client().conditions());
        inputs.addAll(facts.goals());
        inputs.addAll(facts.redFlags());
        addIfKnown(inputs, facts.pain());
        addIfKnown(inputs, facts.sleep());
        addIfKnown(inputs, facts.stress());
        addIfKnown(inputs, facts.activity());
        addIfKnown(inputs, facts.mindset());
        addIfKnown(inputs, facts.training());
        if (facts.screening() != null) {
            addIfKnown(inputs, facts.screening().startBack());
        }
        return inputs;
    }

    private static void addIfKnown(List<Object> inputs, Object section) {
        if (section != null) {
            inputs.add(section);
        }
    }

    /** The scores of the screening instruments answered in the facts. */
    private static List<Assessment> assessments(ClientFacts facts) {
        StartBack startBack = facts.screening() == null ? null : facts.screening().startBack();
        return startBack == null ? List.of() : List.of(Assessment.of(startBack));
    }
}
