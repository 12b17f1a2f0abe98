package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code bom/pom.xml} lists every module that is deployed (every module without {@code maven.deploy.skip}),
 * at the project's version, and nothing else. A new published module fails this test until it is listed.
 */
class BomListsEveryPublishedArtifactTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theBomListsExactlyThePublishedModulesAtTheProjectVersion() throws Exception {
        // GIVEN the parent's modules, and which of them are deployed
        Element parent = Poms.read(ROOT.resolve("pom.xml"));
        String version = Poms.child(parent, "version");
        Map<String, String> published = new TreeMap<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().strip();
            Element pom = Poms.read(ROOT.resolve(module).resolve("pom.xml"));
            String artifactId = Poms.child(pom, "artifactId");
            boolean deploySkipped = "true".equals(Poms.property(pom, "maven.deploy.skip"));
            if (!deploySkipped && !artifactId.equals("coachlogic-bom")) {
                published.put(artifactId, version);
            }
        }

        // WHEN reading what the BOM manages
        Element bom = Poms.read(ROOT.resolve("bom/pom.xml"));
        Map<String, String> listed = new TreeMap<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            listed.put(Poms.child(dependency, "artifactId"), Poms.child(dependency, "version"));
        }

        // THEN the two agree, and the BOM has the project's version itself
        assertThat(published).as("published modules").isNotEmpty();
        assertThat(listed).containsExactlyInAnyOrderEntriesOf(published);
        assertThat(Poms.child(bom, "version")).isEqualTo(version);
    }
}
