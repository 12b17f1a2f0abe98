package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A host that adds only coachlogic-rules gets no rule compiler: no drools-mvel, no ECJ (a signed jar that
 * breaks fat jars). The build writes that host's run-time class path, as Maven resolves it, to
 * {@code target/host-classpath.txt}; this runs a small host on exactly that class path.
 */
class HostWithoutPacksTest {

    private static final Path HOST_CLASSPATH = Path.of("target/host-classpath.txt");

    @Test
    void aHostWithoutPacksCarriesNoRuleCompilerAndIsToldWhatToAddForAPack() throws Exception {
        // GIVEN the class path a host of coachlogic-rules gets
        List<String> jars = Arrays.asList(Files.readString(HOST_CLASSPATH).strip().split(File.pathSeparator));
        assertThat(jars).extracting(jar -> Path.of(jar).getFileName().toString())
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("ecj-") || name.startsWith("drools-ecj-")
                        || name.startsWith("drools-mvel-") || name.startsWith("mvel2-"));

        // WHEN a host on it evaluates, then asks for a pack
        String classPath = String.join(File.pathSeparator, "target/classes", "target/test-classes",
                String.join(File.pathSeparator, jars));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, HostWithoutPacks.class.getName(), "src/test/resources/packs/good")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        // THEN the default rules work, and the pack is refused saying what to add
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("top: safety.cauda-equina")
                .contains("pack: rule packs need rule-pack support, which is not on the class path (missing "
                        + "org.drools:drools-mvel, org.eclipse.jdt:ecj (through org.drools:drools-ecj)): add the "
                        + "dependency org.coachlogic:coachlogic-packs");
    }
}
