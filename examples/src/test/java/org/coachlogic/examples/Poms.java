package org.coachlogic.examples;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;

/** Reading the project's POMs (and parts of them) in tests. */
final class Poms {

    private Poms() {
    }

    /** The root element of a POM file. */
    static Element read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }

    /** The root element of a piece of XML. */
    static Element parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    /** The text of a direct child element, or null. */
    static String child(Element element, String name) {
        for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().strip();
            }
        }
        return null;
    }

    /** A property of the POM's own {@code <properties>}, or null. */
    static String property(Element pom, String name) {
        for (var node = pom.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element properties && properties.getTagName().equals("properties")) {
                return child(properties, name);
            }
        }
        return null;
    }
}
