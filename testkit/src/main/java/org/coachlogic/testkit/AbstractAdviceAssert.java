package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.Priority;
import org.coachlogic.facts.ClientFacts;

/**
 * AssertJ assertions for {@link Advice}, to extend with assertions of your own ({@code SELF} is your class).
 * They run the same checks as JSON fixtures, and fail with what was expected, what was there, and the whole
 * advice. A rule has <em>fired</em> when its recommendation is shown or withheld.
 *
 * <p>Every assertion that names a rule id first checks that the rule base has that rule, so that a typo
 * can never pass: {@code didNotFire("sleep.shortt")} fails. The ids known are the default rules' when the
 * advice came from the default rule set; for an engine with packs (or another rule base), give the engine
 * with {@link #usingRulesOf(CoachingEngine)}; until then its own ids fail as unknown.
 *
 * @param <SELF> the assertion class itself, returned by every assertion for chaining
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class AbstractAdviceAssert<SELF extends AbstractAdviceAssert<SELF>>
        extends AbstractAssert<SELF, Advice> {

    private KnownRules rules;

    protected AbstractAdviceAssert(Advice actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Checks rule ids against this engine's rules and the rules its packs disabled. */
    public SELF usingRulesOf(CoachingEngine engine) {
        this.rules = KnownRules.of(engine);
        return myself;
    }

    /** Each id fired: its recommendation is shown or withheld. */
    public SELF fired(String... ids) {
        knownIds(ids);
        return check(AdviceChecks.fired(actual, List.of(ids)));
    }

    /** No id fired: none is shown or withheld. */
    public SELF didNotFire(String... ids) {
        knownIds(ids);
        return check(AdviceChecks.didNotFire(actual, List.of(ids)));
    }

    /** Each id is shown (fired and not withheld). */
    public SELF shows(String... ids) {
        knownIds(ids);
        return check(AdviceChecks.shows(actual, List.of(ids)));
    }

    /** The shown recommendations are exactly these ids, in this order. */
    public SELF showsExactly(String... ids) {
        knownIds(ids);
        return check(AdviceChecks.showsExactly(actual, List.of(ids)));
    }

    /** At least one recommendation of this category is shown. */
    public SELF showsCategory(Category category) {
        isNotNull();
        return check(AdviceChecks.showsCategory(actual, category));
    }

    /** No recommendation of this category is shown. */
    public SELF showsNoCategory(Category category) {
        isNotNull();
        return check(AdviceChecks.showsNoCategory(actual, category));
    }

    /** The first shown recommendation has this category and priority. */
    public SELF hasTop(Category category, Priority priority) {
        isNotNull();
        return check(AdviceChecks.top(actual, category, priority));
    }

    /** Each id is withheld by a safety recommendation. */
    public SELF suppressed(String... ids) {
        knownIds(ids);
        return check(AdviceChecks.withholds(actual, List.of(ids)));
    }

    /** Nothing is withheld. */
    public SELF suppressedNothing() {
        isNotNull();
        return check(AdviceChecks.withholdsExactly(actual, List.of()));
    }

    /**
     * Everything the engine promises about safety holds for this advice given these facts, whatever the rules
     * and packs: a red flag leads to safety advice first; an urgent referral leaves nothing outside safety; an
     * acute injury, or a caution that asks for an assessment first, leaves nothing that adds load (as each
     * rule's {@code @addsLoad} says; give a pack's engine with {@link #usingRulesOf(CoachingEngine)}); every recommendation has a reason and a source; the
     * recommendations are in output order ({@link org.coachlogic.Recommendation#OUTPUT_ORDER}); nothing is
     * both shown and withheld, and what withholds is shown. Fails listing every broken promise.
     */
    public SELF satisfiesSafetyInvariants(ClientFacts facts) {
        isNotNull();
        List<String> broken = AdviceChecks.safetyInvariants(facts, actual, knownRules());
        return check(broken.isEmpty() ? Optional.empty()
                : Optional.of("expected the safety invariants to hold, but:\n    - " + String.join("\n    - ", broken)));
    }

    private void knownIds(String... ids) {
        isNotNull();
        check(knownRules().unknown(List.of(ids)));
    }

    private KnownRules knownRules() {
        if (rules == null) {
            rules = KnownRules.forRuleSet(actual.ruleSet());
        }
        return rules;
    }

    private SELF check(Optional<String> problem) {
        problem.ifPresent(p -> throwAssertionError(ShouldSatisfyExpectation.shouldSatisfy(p, actual)));
        return myself;
    }
}
