package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.coachlogic.CoachingEngine;
import org.coachlogic.testkit.CoachingFixtures;
import org.coachlogic.testkit.Coverage;
import org.coachlogic.testkit.FixtureRun;
import org.coachlogic.testkit.FixtureRunner;
import org.coachlogic.testkit.Fixtures;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The default rules, tested through the testkit: a firing and a near-miss fixture for every rule, and every
 * example client. The build fails when a rule lacks either kind of fixture.
 */
class DefaultRuleFixturesTest {

    private static final CoachingEngine ENGINE = CoachingEngine.builder().build();
    private static final Path[] FIXTURES = {Path.of("src/test/fixtures"), Path.of("../examples/fixtures")};

    @TestFactory
    Stream<DynamicNode> fixtures() {
        return CoachingFixtures.dynamicTests(ENGINE, FIXTURES);
    }

    @Test
    void everyRuleHasAFiringAndANearMissFixture() throws IOException {
        // GIVEN every fixture of the default rules, WHEN they run
        FixtureRun run = new FixtureRunner(ENGINE).run(Fixtures.load(FIXTURES));
        Coverage coverage = run.coverage();
        Path reports = Files.createDirectories(Path.of("target/rule-coverage"));
        Files.writeString(reports.resolve("coverage.md"), coverage.toMarkdown());
        Files.writeString(reports.resolve("coverage.json"), coverage.toJson());

        // THEN no rule is left without a fixture that fires it and one that just misses it
        assertThat(coverage.incomplete())
                .as("rules without a firing or a near-miss fixture:%n%s", coverage.toText())
                .isEmpty();
        assertThat(coverage.rules()).hasSize(ENGINE.rules().size());
    }
}
