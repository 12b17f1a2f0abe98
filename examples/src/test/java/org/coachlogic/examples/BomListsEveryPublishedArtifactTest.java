package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
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
        Document parent = read(ROOT.resolve("pom.xml"));
        String version = child(parent.getDocumentElement(), "version");
        Map<String, String> published = new TreeMap<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().strip();
            Element pom = read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
            String artifactId = child(pom, "artifactId");
            boolean deploySkipped = "true".equals(property(pom, "maven.deploy.skip"));
            if (!deploySkipped && !artifactId.equals("coachlogic-bom")) {
                published.put(artifactId, version);
            }
        }

        // WHEN reading what the BOM manages
        Element bom = read(ROOT.resolve("bom/pom.xml")).getDocumentElement();
        Map<String, String> listed = new TreeMap<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            listed.put(child(dependency, "artifactId"), child(dependency, "version"));
        }

        // THEN the two agree, and the BOM has the project's version itself
        assertThat(published).as("published modules").isNotEmpty();
        assertThat(listed).containsExactlyInAnyOrderEntriesOf(published);
        assertThat(child(bom, "version")).isEqualTo(version);
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of a direct child element, or null. */
    private static String child(Element element, String name) {
        for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().strip();
            }
        }
        return null;
    }

    private static String property(Element pom, String name) {
        for (var node = pom.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element properties && properties.getTagName().equals("properties")) {
                return child(properties, name);
            }
        }
        return null;
    }
}
