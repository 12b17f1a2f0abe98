package org.coachlogic.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apiguardian.api.API;
import org.apiguardian.api.API.Status;
import org.junit.jupiter.api.Test;

/**
 * The testkit's public types are exactly these, each marked with its stability. A new public type must be
 * added here on purpose; a helper that becomes public by accident fails this test.
 */
class ExportedTypesTest {

    private static final List<String> EXPORTED = List.of("AdviceAssert", "AdviceLines", "AdviceLines$Result", "BehaviourDiff", "BehaviourDiff$Change",
            "BehaviourDiff$Input", "BehaviourDiff$InputDiff", "BehaviourDiff$Kind", "ClientGenerator", "CoachingAssertions",
            "CoachingFixtures", "Coverage", "Coverage$RuleCoverage", "Expectation", "Fixture", "FixtureFileException",
            "FixtureResult", "FixtureRun", "FixtureRunner", "Fixtures", "PopulationDiff", "PopulationDiff$Kind",
            "PopulationDiff$RuleChanges", "RuleCatalogue");

    @Test
    void hostsCanReachExactlyTheExportedTypesEachMarkedExperimental() throws Exception {
        // GIVEN every class the testkit compiles
        Path root = Path.of(Fixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ExportedTypesTest::load).toList();
        }

        // WHEN the ones another package can name are collected, with their @API status
        Map<String, Status> reachable = new TreeMap<>();
        for (Class<?> type : classes) {
            if (reachable(type)) {
                API api = type.getAnnotation(API.class);
                reachable.put(type.getName().substring("org.coachlogic.testkit.".length()),
                        api == null ? null : api.status());
            }
        }

        // THEN they are the exported list, all EXPERIMENTAL while the testkit's assertions settle
        Map<String, Status> expected = new TreeMap<>();
        EXPORTED.forEach(name -> expected.put(name, Status.EXPERIMENTAL));
        assertThat(reachable).containsExactlyEntriesOf(expected);
    }

    private static boolean reachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ExportedTypesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
