package org.coachlogic.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithOneFixtureGivesOneFixtureWithEveryExpectation() throws IOException {
        Path file = write("one.json", """
                { "name": "desk worker", "facts": { "client": { "age": 38, "experience": "NOVICE" } },
                  "expect": { "fires": ["a.b"], "doesNotFire": ["c.d"],
                              "categories": { "includes": ["PROGRAMMING"], "excludes": ["SAFETY"] },
                              "top": { "category": "PROGRAMMING", "priority": "ADVICE" },
                              "suppressed": [], "exactly": ["a.b"] } }
                """);

        List<Fixture> fixtures = Fixtures.load(file);

        assertThat(fixtures).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("desk worker");
            assertThat(f.location()).isEqualTo(file + " #1");
            assertThat(f.factsJson()).contains("\"age\":38");
            assertThat(f.expect()).isEqualTo(new Expectation(List.of("a.b"), List.of("c.d"),
                    List.of(Category.PROGRAMMING), List.of(Category.SAFETY), Category.PROGRAMMING, Priority.ADVICE,
                    List.of(), List.of("a.b")));
        });
    }

    @Test
    void aFolderIsSearchedRecursivelyInPathOrderAndArraysGiveSeveralFixtures() throws IOException {
        write("b/second.json", "[" + fixture("b1") + "," + fixture("b2") + "]");
        write("a.json", fixture("a"));
        write("b/notes.txt", "not a fixture");

        assertThat(Fixtures.load(dir)).extracting(Fixture::name).containsExactly("a", "b1", "b2");
    }

    @Test
    void factsFileIsReadRelativeToTheFixture() throws IOException {
        write("clients/c.json", "{\"client\":{\"age\":50,\"experience\":\"ADVANCED\"}}");
        Path file = write("f.json", "{\"name\":\"n\",\"factsFile\":\"clients/c.json\",\"expect\":{}}");

        assertThat(Fixtures.load(file).get(0).factsJson()).contains("ADVANCED");
    }

    @Test
    void anErrorFixtureCarriesTheExpectedPaths() throws IOException {
        Path file = write("e.json", "{\"name\":\"bad\",\"facts\":{},\"expectError\":[\"$.client\"]}");

        Fixture fixture = Fixtures.load(file).get(0);

        assertThat(fixture.expect()).isNull();
        assertThat(fixture.expectError()).containsExactly("$.client");
    }

    @Test
    void everyProblemOfAnInvalidFileIsNamedWithTheFile() throws IOException {
        Path file = write("bad.json", """
                [ { "facts": {}, "expect": { "fires": "a.b", "top": { "priority": "SOON" } }, "note": 1 },
                  { "name": "x", "facts": {}, "expect": {}, "expectError": [] } ]
                """);

        assertThatThrownBy(() -> Fixtures.load(file))
                .isInstanceOfSatisfying(FixtureFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.problems()).containsExactly(
                            "fixture 1 ([0]): unknown key \"note\"; expected one of [expect, expectError, facts, factsFile, name]",
                            "fixture 1 ([0]): \"name\" is required and must be a non-empty string",
                            "fixture 1 ([0]): expect.top.priority: unknown priority \"SOON\"; expected one of [URGENT, CAUTION, ADVICE]",
                            "fixture 1 ([0]): expect.fires must be an array of strings",
                            "fixture 2 ([1]): give exactly one of \"expect\" and \"expectError\"");
                })
                .hasMessageStartingWith("invalid fixture file " + file);
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws IOException {
        Path file = write("broken.json", "{\n  \"name\": \"x\",\n  \"facts\": {\n}");

        assertThatThrownBy(() -> Fixtures.load(file))
                .isInstanceOf(FixtureFileException.class)
                .hasMessageContaining("not valid JSON at line 4");
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> Fixtures.load(dir.resolve("nope")))
                .isInstanceOf(FixtureFileException.class).hasMessageContaining("no such file or folder");
    }

    private static String fixture(String name) {
        return "{\"name\":\"" + name + "\",\"facts\":{},\"expect\":{}}";
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
