package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every snippet in {@code docs/embedding.md} is cut from an example application that the build packages and
 * runs ({@code ShadedJarIT}, {@code SpringBootJarIT}): the snippet must be exactly the marked region of the
 * file it names, so the guide cannot drift from what was proven. The Gradle snippet, which no build here
 * runs, must name exactly the Maven snippet's artifacts and versions.
 */
class EmbeddingGuideTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern SNIPPET = Pattern.compile("<!-- (snippet|gradle): (\\S+)#(.+) -->");
    private static final Pattern GRADLE = Pattern.compile("implementation\\(\"([^\"]+)\"\\)");

    private record Snippet(String kind, Path file, String region, String text) {
    }

    @Test
    void everySnippetIsExactlyTheRegionOfTheBuildItWasCutFrom() throws IOException {
        // GIVEN the guide's snippets
        List<Snippet> snippets = snippets();
        assertThat(snippets).filteredOn(s -> s.kind().equals("snippet")).hasSizeGreaterThanOrEqualTo(5);

        // WHEN comparing each with the region it names, THEN they are the same text
        for (Snippet snippet : snippets.stream().filter(s -> s.kind().equals("snippet")).toList()) {
            assertThat(snippet.text()).as("%s#%s", snippet.file(), snippet.region())
                    .isEqualTo(region(snippet.file(), snippet.region()));
        }
    }

    @Test
    void theGradleSnippetNamesTheMavenSnippetsArtifactsAndVersions() throws Exception {
        // GIVEN the Gradle snippet and the Maven region it stands for
        Snippet gradle = snippets().stream().filter(s -> s.kind().equals("gradle")).findFirst().orElseThrow();
        String version = Poms.property(Poms.read(gradle.file()), "coachlogic.version");
        Element maven = Poms.parse("<dependencies>" + region(gradle.file(), gradle.region()) + "</dependencies>");

        // WHEN listing the coordinates of both
        Set<String> fromMaven = new TreeSet<>();
        NodeList dependencies = maven.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            fromMaven.add(Poms.child(dependency, "groupId") + ":" + Poms.child(dependency, "artifactId") + ":"
                    + Poms.child(dependency, "version").replace("${coachlogic.version}", version));
        }
        Set<String> fromGradle = new TreeSet<>();
        Matcher m = GRADLE.matcher(gradle.text());
        while (m.find()) {
            fromGradle.add(m.group(1));
        }

        // THEN they are the same
        assertThat(fromGradle).isNotEmpty().isEqualTo(fromMaven);
    }

    @Test
    void theExampleApplicationsNameTheProjectsVersion() throws Exception {
        // GIVEN the project's version, WHEN reading the version the example applications depend on
        String project = Poms.child(Poms.read(ROOT.resolve("pom.xml")), "version");

        // THEN it is the same, as the guide shows it
        for (String example : List.of("examples/embedding-shaded/pom.xml", "examples/embedding-spring-boot/pom.xml")) {
            assertThat(Poms.property(Poms.read(ROOT.resolve(example)), "coachlogic.version")).as(example).isEqualTo(project);
        }
        assertThat(Files.readString(ROOT.resolve("docs/embedding.md")))
                .contains("<coachlogic.version>" + project + "</coachlogic.version>");
    }

    private static List<Snippet> snippets() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/embedding.md"));
        List<Snippet> snippets = new ArrayList<>();
        int fences = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```") && lines.get(i).length() > 3) {
                fences++;
            }
            Matcher marker = SNIPPET.matcher(lines.get(i));
            if (marker.matches()) {
                assertThat(lines.get(i + 1)).as("the line after %s", lines.get(i)).startsWith("```");
                int end = i + 2;
                while (!lines.get(end).equals("```")) {
                    end++;
                }
                snippets.add(new Snippet(marker.group(1), ROOT.resolve(marker.group(2)), marker.group(3),
                        String.join("\n", lines.subList(i + 2, end))));
            }
        }
        assertThat(snippets).as("every code block in the guide says where it was cut from").hasSize(fences);
        return snippets;
    }

    /** The lines between {@code docs/embedding.md: NAME} and {@code /docs/embedding.md: NAME}, dedented. */
    private static String region(Path file, String name) throws IOException {
        List<String> region = null;
        for (String line : Files.readAllLines(file)) {
            String marker = line.strip().replace(" -->", "");
            if (marker.endsWith("docs/embedding.md: " + name)) {
                if (marker.contains("/docs/")) {
                    break;
                }
                region = new ArrayList<>();
            } else if (region != null) {
                region.add(line);
            }
        }
        assertThat(region).as("region %s in %s", name, file).isNotNull().isNotEmpty();
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }
}
