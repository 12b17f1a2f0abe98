package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import org.coachlogic.Advice;

/**
 * AssertJ assertions for {@link Advice}; start with {@link CoachingAssertions#assertThat(Advice)}:
 *
 * <pre>{@code
 * assertThat(engine.evaluate(facts))
 *         .fired("safety.cauda-equina")
 *         .didNotFire("load.progression-ready")
 *         .hasTop(Category.SAFETY, Priority.URGENT)
 *         .satisfiesSafetyInvariants(facts);
 * }</pre>
 *
 * To add assertions of your own, extend {@link AbstractAdviceAssert}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AdviceAssert extends AbstractAdviceAssert<AdviceAssert> {

    AdviceAssert(Advice actual) {
        super(actual, AdviceAssert.class);
    }
}
