package org.coachlogic.internal;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Future;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.SessionsAwareKnowledgeBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.process.Process;
import org.kie.api.io.Resource;

/**
 * A built rule base that refuses every change, so that a rule's consequence cannot change it for later
 * evaluations ({@code drools.kieRuntime.kieBase.removeRule(...)} throws, and the evaluation fails safe).
 *
 * <p>Drools' own {@code KieBaseMutabilityOption.DISABLED} does not do this: in Drools 10.2 it only skips
 * reloading compiled dialect data ({@code KnowledgeBaseImpl.executeQueuedActions}); {@code removeRule} and the
 * other changes still go through. So the engine wraps the finished rule base in this class, which shares its
 * network and sessions configuration and overrides every public method that changes it.
 */
final class SealedKieBase extends SessionsAwareKnowledgeBase {

    /** The delegate's packages by name, a live view. */
    private final Map<String, InternalKnowledgePackage> packages;
    /** Each package as sealed, with a live view of its rules and their number then. */
    private final Map<InternalKnowledgePackage, Sealed> sealed;

    private record Sealed(String name, Collection<?> rules, int count) {
    }

    private SealedKieBase(InternalKnowledgeBase built) {
        super(((SessionsAwareKnowledgeBase) built).getDelegate());
        this.packages = getDelegate().getPackagesMap();
        Map<InternalKnowledgePackage, Sealed> byPackage = new LinkedHashMap<>();
        for (InternalKnowledgePackage kiePackage : getDelegate().getPackages()) {
            byPackage.put(kiePackage, new Sealed(kiePackage.getName(), kiePackage.getRules(),
                    kiePackage.getRules().size()));
        }
        this.sealed = Map.copyOf(byPackage);
    }

    static SealedKieBase seal(InternalKnowledgeBase built) {
        return new SealedKieBase(built);
    }

    /**
     * Whether the rule base still holds every rule it was sealed with: a consequence that reached past this
     * class into Drools' internals (the delegate) would show here.
     */
    boolean intact() {
        // Checked after every evaluation, so it reads live views instead of copying the packages: the same
        // package objects under the same names, each with as many rules as when sealed.
        if (packages.size() != sealed.size()) {
            return false;
        }
        for (Map.Entry<InternalKnowledgePackage, Sealed> entry : sealed.entrySet()) {
            Sealed was = entry.getValue();
            if (packages.get(was.name()) != entry.getKey() || was.rules().size() != was.count()) {
                return false;
            }
        }
        return true;
    }

    private static UnsupportedOperationException sealed() {
        return new UnsupportedOperationException("the rule base is sealed: rules cannot add, remove or change rules");
    }

    @Override
    public void enqueueModification(Runnable modification) {
        throw sealed();
    }

    @Override
    public void addPackages(Collection<? extends KiePackage> packages) {
        throw sealed();
    }

    @Override
    public Future<KiePackage> addPackage(KiePackage kiePackage) {
        throw sealed();
    }

    @Override
    public void removeKiePackage(String packageName) {
        throw sealed();
    }

    @Override
    public void removeRule(String packageName, String ruleName) {
        throw sealed();
    }

    @Override
    public void removeRules(Collection<RuleImpl> rules) {
        throw sealed();
    }

    @Override
    public void addRules(Collection<RuleImpl> rules) {
        throw sealed();
    }

    @Override
    public void removeQuery(String packageName, String queryName) {
        throw sealed();
    }

    @Override
    public void removeFunction(String packageName, String functionName) {
        throw sealed();
    }

    @Override
    public void addProcess(Process process) {
        throw sealed();
    }

    @Override
    public void removeProcess(String processId) {
        throw sealed();
    }

    @Override
    public void addGlobal(String identifier, Type type) {
        throw sealed();
    }

    @Override
    public void removeGlobal(String identifier) {
        throw sealed();
    }

    @Override
    public boolean removeObjectsGeneratedFromResource(Resource resource,
                                                      Collection<InternalWorkingMemory> workingMemories) {
        throw sealed();
    }
}
