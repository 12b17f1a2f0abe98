package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The examples are written as a stranger would write them: against the public API only. */
class PublicApiOnlyTest {

    private static final Pattern FORBIDDEN = Pattern.compile("\\b(org\\.coachlogic\\.internal|org\\.drools|org\\.kie)\\b");

    @Test
    void examplesUseNeitherInternalNorDroolsTypes() throws IOException {
        // GIVEN the examples' main sources, beside the clients folder in the module
        Path sources = Coach.clientsFolder().resolveSibling("src").resolve("main").resolve("java");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(files).isNotEmpty();

        // THEN none of them names an internal or a Drools package
        for (Path file : files) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern(FORBIDDEN);
        }
    }
}
