package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every jar we build names its module, so that a modular host can require it by a stable name. */
class ManifestTest {

    @Test
    void everyCoachlogicJarHasItsAutomaticModuleName() throws IOException {
        // GIVEN the packaged CLI and the coachlogic jars copied beside it
        Map<String, Path> jars = new TreeMap<>();
        jars.put("coachlogic-examples", Coach.jar());
        try (Stream<Path> lib = Files.list(Coach.jar().resolveSibling("lib"))) {
            lib.filter(jar -> jar.getFileName().toString().startsWith("coachlogic-"))
                    .forEach(jar -> jars.put(jar.getFileName().toString().replaceAll("-\\d.*\\.jar$", ""), jar));
        }

        // WHEN reading each manifest's Automatic-Module-Name
        Map<String, String> names = new TreeMap<>();
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            try (JarFile file = new JarFile(jar.getValue().toFile())) {
                names.put(jar.getKey(), file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
            }
        }

        // THEN each is the module's own name under org.coachlogic
        assertThat(names).containsExactlyInAnyOrderEntriesOf(Map.of(
                "coachlogic-core", "org.coachlogic",
                "coachlogic-rules", "org.coachlogic.rules",
                "coachlogic-testkit", "org.coachlogic.testkit",
                "coachlogic-examples", "org.coachlogic.examples"));
    }
}
