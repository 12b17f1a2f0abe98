package org.coachlogic;

import java.util.List;

import org.coachlogic.facts.ClientFacts;
import org.coachlogic.internal.DroolsCoachingEngine;
import org.coachlogic.internal.EngineSettings;

/**
 * Turns a client's facts into ordered, explained, sourced coaching advice.
 *
 * <p>Build one engine when the host starts and share it: a built engine is immutable and thread-safe, and
 * each {@link #evaluate} call runs in its own short-lived rule session.
 * <pre>{@code
 * CoachingEngine engine = CoachingEngine.builder().build();
 * Advice advice = engine.evaluate(CoachingJson.readFacts(json));
 * }</pre>
 *
 * <p>Whatever the rules say, the engine applies the same safety semantics afterwards, in one place:
 * recommendations are ordered URGENT, CAUTION, ADVICE, then by category and id; an URGENT SAFETY
 * recommendation withholds every recommendation outside SAFETY; a rule whose metadata names categories
 * in {@code @suppresses} (the acute-injury rule names LOAD and PROGRAMMING) withholds those. Withheld
 * recommendations are listed in {@link Advice#suppressed()} with the id that withheld them.
 */
public interface CoachingEngine {

    /** A builder for an engine over the default rule base found on the classpath. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates one client's facts.
     *
     * @throws NullPointerException   if {@code facts} is null
     * @throws RuleExecutionException if the rules did not settle within {@link Builder#maxRuleFirings}
     */
    Advice evaluate(ClientFacts facts);

    /** Name and version of the rule set this engine runs. */
    RuleSetInfo ruleSet();

    /** Every rule the engine runs, ordered by category, priority and id. */
    List<RuleInfo> rules();

    /**
     * Configures and builds a {@link CoachingEngine}. Every setting has a documented default; each may be
     * set once. A builder is not thread-safe; the engine it builds is.
     */
    final class Builder {

        /** Default for {@link #maxRuleFirings(int)}. */
        public static final int DEFAULT_MAX_RULE_FIRINGS = 10_000;

        private int maxRuleFirings = -1;
        private ClassLoader classLoader;

        private Builder() {
        }

        /**
         * The most rule firings one evaluation may take before it is stopped with a
         * {@link RuleExecutionException}; guards the host against rules that keep triggering each other.
         * Default {@value #DEFAULT_MAX_RULE_FIRINGS}; must be positive.
         */
        public Builder maxRuleFirings(int maxRuleFirings) {
            requireUnset(this.maxRuleFirings == -1, "maxRuleFirings");
            if (maxRuleFirings <= 0) {
                throw new IllegalArgumentException("maxRuleFirings must be positive, was " + maxRuleFirings);
            }
            this.maxRuleFirings = maxRuleFirings;
            return this;
        }

        /**
         * The class loader to find the rule base and its resources with. Default: the class loader that
         * loaded coachlogic.
         */
        public Builder classLoader(ClassLoader classLoader) {
            requireUnset(this.classLoader == null, "classLoader");
            this.classLoader = java.util.Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Loads the rule base and checks every rule's metadata, messages and sources.
         *
         * @throws RuleBaseException if no rule base is on the classpath or any rule in it is not usable;
         *                           the exception lists every problem found
         */
        public CoachingEngine build() {
            return DroolsCoachingEngine.create(new EngineSettings(
                    maxRuleFirings == -1 ? DEFAULT_MAX_RULE_FIRINGS : maxRuleFirings,
                    classLoader == null ? CoachingEngine.class.getClassLoader() : classLoader));
        }

        private static void requireUnset(boolean unset, String name) {
            if (!unset) {
                throw new IllegalStateException(name + " was already set");
            }
        }
    }
}
