package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;

import org.apiguardian.api.API;

/**
 * The outcome of a fixture run: every result, in run order, and the rule coverage over all of them.
 *
 * @param results  one per fixture
 * @param coverage which rules the run exercised
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FixtureRun(List<FixtureResult> results, Coverage coverage) {

    public FixtureRun {
        results = List.copyOf(results);
    }

    public List<FixtureResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    public int passed() {
        return results.size() - failures().size();
    }

    /** The closing line: {@code N passed, M failed}. */
    public String summary() {
        return passed() + " passed, " + failures().size() + " failed";
    }
}
