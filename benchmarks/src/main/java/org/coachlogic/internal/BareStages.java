package org.coachlogic.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.drools.base.base.ObjectType;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import org.coachlogic.facts.ClientFacts;
import org.coachlogic.spi.Parameters;

/**
 * The floor under the engine, for {@code CpuTimePerCall floor}: the engine's own two sealed rule bases (built
 * by {@link RuleBaseLoader}, as {@code CoachingEngine.builder().build()} builds them), each fired in a bare
 * pooled session over the facts the engine would insert into it, with no listener, no bound, no post-pass and
 * no advice; the findings the rules report through their global go nowhere. What the engine costs above this is ours; this is Drools'.
 *
 * <p>In the engine's package (on the class path, not a module) to reach the package-private loader: a
 * benchmark, never part of a published module.
 */
public final class BareStages {

    private final KieSessionsPool safety;
    private final KieSessionsPool advice;
    private final List<Object> safetyFacts;
    private final List<Object> adviceFacts;
    private final Parameters parameters;
    /** Takes the findings the rules report, and drops them. */
    private static final Consumer<Object> DROP = finding -> { };
    /** Whether each stage's rules read the parameters as a global (as {@code RuleFiring} sets it). */
    private final boolean safetyGlobal;
    private final boolean adviceGlobal;
    /** Whether each stage's rules report their findings through a global (as {@code RuleFiring} sets it). */
    private final boolean safetyReports;
    private final boolean adviceReports;

    private BareStages(RuleBaseLoader.Loaded loaded, ClientFacts client) {
        this.safety = loaded.safety().kieBase().newKieSessionsPool(1);
        this.advice = loaded.advice().kieBase().newKieSessionsPool(1);
        this.parameters = loaded.parameters();
        this.safetyGlobal = loaded.safety().kieBase().getGlobals().containsKey(RuleFiring.PARAMETERS_GLOBAL);
        this.adviceGlobal = loaded.advice().kieBase().getGlobals().containsKey(RuleFiring.PARAMETERS_GLOBAL);
        this.safetyReports = loaded.safety().kieBase().getGlobals().containsKey(RuleFiring.FINDINGS_GLOBAL);
        this.adviceReports = loaded.advice().kieBase().getGlobals().containsKey(RuleFiring.FINDINGS_GLOBAL);
        List<Object> inputs = DroolsCoachingEngine.inputs(parameters, client);
        this.safetyFacts = reaching(loaded.safety(), inputs);
        this.adviceFacts = reaching(loaded.advice(), inputs);
    }

    /** The default rules, as the builder's defaults build them, over this client's facts. */
    public static BareStages of(ClientFacts client) {
        return new BareStages(RuleBaseLoader.load(BareStages.class.getClassLoader(), Locale.ENGLISH, List.of(),
                Map.of()), client);
    }

    /** Both stages, one after the other; the number of rules fired. */
    public int both() {
        return safety() + advice();
    }

    /** The safety stage alone. */
    public int safety() {
        return fire(safety, safetyFacts);
    }

    /**
     * The advice stage alone, over the same facts (the typical client has no safety finding, so the advice
     * stage gets no {@code SafetyFinding}).
     */
    public int advice() {
        return fire(advice, adviceFacts);
    }

    public int safetyFactCount() {
        return safetyFacts.size();
    }

    public int adviceFactCount() {
        return adviceFacts.size();
    }

    private int fire(KieSessionsPool pool, List<Object> facts) {
        KieSession session = pool.newKieSession();
        try {
            if (pool == safety ? safetyGlobal : adviceGlobal) {
                session.setGlobal(RuleFiring.PARAMETERS_GLOBAL, parameters);
            }
            if (pool == safety ? safetyReports : adviceReports) {
                session.setGlobal(RuleFiring.FINDINGS_GLOBAL, DROP);
            }
            for (Object fact : facts) {
                session.insert(fact);
            }
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** The facts a pattern of the stage can match, as {@code RuleFiring} chooses them. */
    private static List<Object> reaching(RuleBaseLoader.Stage stage, List<Object> inputs) {
        List<ObjectType> types = stage.kieBase().getRete().getObjectTypeNodes().stream()
                .map(ObjectTypeNode::getObjectType).toList();
        return inputs.stream()
                .filter(fact -> types.stream().anyMatch(type -> type.isAssignableFrom(fact.getClass())))
                .toList();
    }
}
