package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.coach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every snippet of docs/rule-packs.md, run: the pack it builds, its commands, its Java, its error list. */
class RulePackGuideTest {

    private static final Path GUIDE = Path.of("../docs/rule-packs.md");

    @TempDir
    Path temp;

    @Test
    void theGuidesPackLoadsAndEveryCommandOfTheGuideSucceedsOnIt() throws IOException {
        // GIVEN the pack the guide's snippets make
        Path pack = temp.resolve("my-pack");
        Files.createDirectories(pack.resolve("fixtures"));
        List<String> json = blocks("json");
        Files.writeString(pack.resolve("pack.json"), json.stream().filter(b -> b.startsWith("{")).findFirst().orElseThrow());
        Files.writeString(pack.resolve("fixtures/pain-screen.json"),
                json.stream().filter(b -> b.startsWith("[")).findFirst().orElseThrow());
        Files.writeString(pack.resolve("clinic.drl"), blocks("drl").get(0));
        Files.writeString(pack.resolve("messages.properties"), blocks("properties").get(0));

        // WHEN each ./coach command of the guide runs on it, THEN each succeeds
        List<String> commands = blocks("").stream().flatMap(String::lines).filter(l -> l.startsWith("./coach ")).toList();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(4);
        for (String command : commands) {
            String[] args = command.replaceAll("\\s+#.*$", "").replace("./coach ", "")
                    .replace("my-pack", pack.toString()).replace("examples/", "../examples/")
                    .replace("rules/src/test/fixtures", "../rules/src/test/fixtures").split("\\s+");
            Coach.Run run = coach(args);
            assertThat(run.exitCode()).as(command + "\n" + run).isZero();
        }
        Coach.Run rules = coach("rules", "--pack", pack.toString());
        assertThat(rules.stdout()).contains("myclinic.pre-session-pain-screen")
                .contains("overrides the default: Our sleep clinic screens sleep under 6 hours only.");
    }

    @Test
    void theGuidesJavaIsTheExamplePacksCompiledTest() throws IOException {
        String test = Files.readString(Path.of("src/test/java/org/coachlogic/examples/VendorPackTest.java"));
        for (String java : blocks("java")) {
            assertThat(squash(test)).contains(squash(java));
        }
    }

    @Test
    void theGuidesErrorsAreWhatTheEngineSaysAboutTheBrokenPacks() throws IOException {
        List<String> shown = blocks("").stream().flatMap(String::lines)
                .filter(l -> l.matches("[a-z-]+: [^ ]+(:\\d+)?: .*") && !l.startsWith("./")).toList();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(5);
        for (String line : shown) {
            String pack = line.substring(0, line.indexOf(':'));
            Coach.Run run = coach("rules", "--pack", "../rules/src/test/resources/packs/mistakes/" + pack);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.stderr().lines()).contains(line);
        }
    }

    private static String squash(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    private static List<String> blocks(String language) throws IOException {
        return Guides.blocks(GUIDE, language);
    }
}
