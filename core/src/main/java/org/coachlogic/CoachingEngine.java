package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apiguardian.api.API;

import org.coachlogic.facts.ClientFacts;
import org.coachlogic.internal.EngineFactory;

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
 * <p>The default SAFETY rules run first, in a rule base of their own that no rule pack joins; the other
 * default rules and every pack rule run afterwards and see the safety results as read-only
 * {@link org.coachlogic.spi.SafetyFinding} facts. Whatever the rules say, the engine then applies one safety
 * policy, in one place: recommendations are ordered URGENT, CAUTION, ADVICE, then by category and id; an
 * URGENT SAFETY recommendation withholds every recommendation outside SAFETY; a SAFETY recommendation of
 * tier {@link SafetyTier#ASSESS} withholds every recommendation that adds load; one of tier
 * {@link SafetyTier#REVIEW} holds nothing back. Withheld recommendations are listed in
 * {@link Advice#suppressed()} with the id that withheld them.
 *
 * <p>If anything after the safety stage fails (an exception in a rule, a deleted input fact, the firing
 * bound reached), {@link #evaluate} still returns the safety recommendations, marked incomplete
 * ({@link Advice#complete()} is false and {@link Advice#failure()} says why).
 */
@API(status = STABLE, since = "0.1")
public interface CoachingEngine {

    /** A builder for an engine over the default rule base found on the classpath. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates one client's facts.
     *
     * @return complete advice, or, if a rule after the safety stage failed, the safety recommendations
     *         marked incomplete; never an exception for what those rules do
     * @throws NullPointerException   if {@code facts} is null
     * @throws RuleExecutionException if a default safety rule itself failed (an internal error)
     */
    Advice evaluate(ClientFacts facts);

    /** Name and version of the rule set this engine runs. */
    RuleSetInfo ruleSet();

    /** Every rule the engine runs, one entry per id, ordered by category, priority and id. */
    List<RuleInfo> rules();

    /** Default rules that a rule pack switched off, with the pack and its reason. */
    List<DisabledRule> disabledRules();

    /** The rule set's tunable thresholds with the values this engine uses, in definition order. */
    List<ParameterInfo> parameters();

    /**
     * Configures and builds a {@link CoachingEngine}. Every setting has a documented default; each may be
     * set once. A builder is not thread-safe; the engine it builds is.
     */
    @API(status = STABLE, since = "0.1")
    final class Builder {

        /** Default for {@link #maxRuleFirings(int)}. */
        public static final int DEFAULT_MAX_RULE_FIRINGS = 10_000;
        private int maxRuleFirings = -1;
        private Duration cpuTimeLimit;
        private ClassLoader classLoader;
        private Locale locale;
        private boolean discoverPacks;
        private final List<Path> packFolders = new ArrayList<>();
        private final Map<String, Double> parameters = new LinkedHashMap<>();
        private final List<String> classpathPacks = new ArrayList<>();

        private Builder() {
        }

        /**
         * The most rule firings one stage of an evaluation may take (the safety stage and the advice stage each
         * have this bound); guards the host against rules that keep triggering themselves or each other. A
         * count, so the same input gives the same result however busy the machine is. When the advice stage
         * reaches it, the advice is the safety recommendations marked incomplete. Default
         * {@value #DEFAULT_MAX_RULE_FIRINGS}; must be positive.
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
         * Opt-in: the most CPU time the evaluating thread may spend firing one stage's rules. CPU time, not
         * wall-clock time, so that a busy host does not trip it for a healthy client; checked between rule
         * firings, so it cannot interrupt a single consequence that never returns. Default: none (the firing
         * bound alone); must be positive.
         */
        public Builder cpuTimeLimit(Duration cpuTimeLimit) {
            requireUnset(this.cpuTimeLimit == null, "cpuTimeLimit");
            Objects.requireNonNull(cpuTimeLimit, "cpuTimeLimit");
            if (cpuTimeLimit.isNegative() || cpuTimeLimit.isZero()) {
                throw new IllegalArgumentException("cpuTimeLimit must be positive, was " + cpuTimeLimit);
            }
            this.cpuTimeLimit = cpuTimeLimit;
            return this;
        }

        /**
         * The class loader to find the rule base, classpath packs and their resources with. Default: the
         * class loader that loaded coachlogic.
         */
        public Builder classLoader(ClassLoader classLoader) {
            requireUnset(this.classLoader == null, "classLoader");
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * The language of the advice text. Default {@link Locale#ENGLISH}. A locale the rule base has no
         * texts for falls back to English.
         */
        public Builder locale(Locale locale) {
            requireUnset(this.locale == null, "locale");
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets one of the rule set's tunable thresholds, such as {@code sleep.min-hours}, overriding its default
         * and any pack's value. Names, defaults and ranges: {@code docs/rules.md} or {@link #parameters()}; an
         * unknown name or a value out of range makes {@link #build()} throw {@link IllegalArgumentException}.
         */
        public Builder parameter(String name, double value) {
            Objects.requireNonNull(name, "name");
            requireUnset(!parameters.containsKey(name), "parameter " + name);
            parameters.put(name, value);
            return this;
        }

        /**
         * Adds a rule pack from a folder holding {@code pack.json}, DRL files and optionally
         * {@code messages.properties} (see {@code docs/rule-packs.md}). Packs apply in the order added. A
         * pack is code: load only packs from a trusted source.
         */
        public Builder withPack(Path folder) {
            packFolders.add(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /** Adds a rule pack from a classpath folder, such as {@code com/clinic/coaching}. */
        public Builder withClasspathPack(String location) {
            classpathPacks.add(Objects.requireNonNull(location, "location"));
            return this;
        }

        /**
         * Also adds every pack that a {@link org.coachlogic.spi.RulePackProvider} on the class path names,
         * after the packs added explicitly, in the order of their locations. Default: off.
         */
        public Builder discoverPacks() {
            requireUnset(!discoverPacks, "discoverPacks");
            discoverPacks = true;
            return this;
        }

        /**
         * Loads the rule base and the packs and checks every rule's metadata, messages and sources.
         *
         * @throws RuleCompilationException if a pack has problems: every one of them, with pack, file and line
         * @throws RuleBaseException        if no rule base is on the classpath or any rule in it is not usable
         * @throws IllegalArgumentException if a {@link #parameter} is unknown or out of its range
         */
        public CoachingEngine build() {
            return EngineFactory.create(
                    maxRuleFirings == -1 ? DEFAULT_MAX_RULE_FIRINGS : maxRuleFirings,
                    cpuTimeLimit,
                    classLoader == null ? CoachingEngine.class.getClassLoader() : classLoader,
                    packFolders, classpathPacks, discoverPacks, locale == null ? Locale.ENGLISH : locale, parameters);
        }

        private static void requireUnset(boolean unset, String name) {
            if (!unset) {
                throw new IllegalStateException(name + " was already set");
            }
        }
    }
}
