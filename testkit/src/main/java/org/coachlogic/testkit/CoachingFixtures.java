package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import org.apiguardian.api.API;

import org.coachlogic.CoachingEngine;

/**
 * Turns folders of fixture files into JUnit 5 dynamic tests: one container per file, one test per fixture,
 * named after it. A failing fixture reports expected versus actual in plain words.
 *
 * <pre>{@code
 * class MyRulesTest {
 *     @TestFactory
 *     Stream<DynamicNode> fixtures() {
 *         return CoachingFixtures.dynamicTests("src/test/fixtures");
 *     }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CoachingFixtures {

    private CoachingFixtures() {
    }

    /** Dynamic tests for the fixtures below these folders, against an engine with the default builder. */
    public static Stream<DynamicNode> dynamicTests(String... roots) {
        return dynamicTests(CoachingEngine.builder().build(), Stream.of(roots).map(Path::of).toArray(Path[]::new));
    }

    /** Dynamic tests for the fixtures below these folders, against the given engine. */
    public static Stream<DynamicNode> dynamicTests(CoachingEngine engine, Path... roots) {
        FixtureRunner runner = new FixtureRunner(engine);
        Map<Path, List<Fixture>> byFile = new LinkedHashMap<>();
        for (Fixture fixture : Fixtures.load(roots)) {
            byFile.computeIfAbsent(fixture.file(), f -> new ArrayList<>()).add(fixture);
        }
        return byFile.entrySet().stream().map(entry -> DynamicContainer.dynamicContainer(
                entry.getKey().toString(), entry.getKey().toUri(),
                entry.getValue().stream().map(fixture -> DynamicTest.dynamicTest(fixture.name(),
                        fixture.file().toUri(), () -> {
                            FixtureResult result = runner.run(fixture);
                            if (!result.passed()) {
                                throw new AssertionFailedError(result.report());
                            }
                        }))));
    }
}
