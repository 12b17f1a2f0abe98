package org.coachlogic.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.server.ServerSettings;
import org.coachlogic.testkit.FixtureRun;
import org.coachlogic.testkit.FixtureRunner;
import org.coachlogic.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chromium.HasPermissions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * "Save as fixture" and "Copy facts JSON", in headless Chromium, on a service that runs the example vendor pack
 * as a clinic would. A saved fixture of advice is run by the real {@code coach test --pack} as a process; a
 * fixture of invalid facts by the testkit's runner, as {@code coach test} runs it.
 */
class PlaygroundFixtureTest extends PlaygroundPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PACK = Playground.ROOT.resolve("examples/vendor-pack");

    @BeforeAll
    static void start() throws IOException {
        startWith(ServerSettings.defaults().withPacks(List.of(PACK), false));
    }

    /** Runs after the page is opened, before the test: nothing has been saved yet. */
    @BeforeEach
    void forgetEarlierDownloads() throws IOException {
        try (Stream<Path> files = Files.list(browser.downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void theRuleSetLineNamesThePackTheServiceRuns() {
        // GIVEN the service running the default rules and the example vendor pack
        // THEN the page names both
        assertThat(browser.find("#rule-set").getText()).contains("coachlogic-default", "packs: northside-physio");
    }

    @Test
    void aFixtureSavedFromAnEditedCaseExpectsWhatThePageShowsAndPassesCoachTest(@TempDir Path fixtures) throws Exception {
        // GIVEN the red-flag example, edited: no saddle numbness, but still a change in bladder control
        playground.loadExample("red-flags");
        browser.andWaitForAdvice(() -> browser.find("#f_redFlags__SADDLE_NUMBNESS").click());
        browser.find("#fixture-name").clear();
        browser.find("#fixture-name").sendKeys("bladder change alone is still urgent");

        // WHEN the case is saved as a fixture
        browser.find("#save-fixture").click();
        Path saved = downloaded("bladder-change-alone-is-still-urgent.json");

        // THEN it holds the edited facts and what the page shows: the urgent top, fired and withheld ids
        JsonNode fixture = JSON.readTree(saved.toFile());
        assertThat(fixture.path("name").asText()).isEqualTo("bladder change alone is still urgent");
        assertThat(fixture.at("/facts/redFlags").toString()).doesNotContain("SADDLE_NUMBNESS").contains("BLADDER_OR_BOWEL_CHANGE");
        assertThat(fixture.at("/expect/top/priority").asText()).isEqualTo("URGENT");
        assertThat(fixture.at("/expect/top/category").asText()).isEqualTo("SAFETY");
        List<String> fires = texts(fixture.at("/expect/fires"));
        List<String> suppressed = texts(fixture.at("/expect/suppressed"));
        assertThat(fires).containsAll(playground.shownIds()).contains("safety.cauda-equina");
        assertThat(suppressed).isNotEmpty()
                .containsExactlyElementsOf(playground.withheld().stream().map(s -> s.id()).toList());
        assertThat(fires).containsAll(suppressed);
        // AND the real coach test passes it
        Files.copy(saved, fixtures.resolve(saved.getFileName()));
        CoachRun run = coachTest(fixtures);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).as(run.toString()).contains("1 passed, 0 failed");
    }

    @Test
    void aFixtureSavedFromInvalidFactsExpectsTheirProblems() throws Exception {
        // GIVEN the desk worker with an unknown experience, which the contract requires
        browser.andWaitForAdvice(() -> new Select(playground.field("$.client.experience")).selectByValue(""));
        assertThat(playground.problemAt("$.client.experience")).isNotEmpty();

        // WHEN the case is saved
        browser.find("#save-fixture").click();
        Path saved = downloaded("desk-worker-from-the-playground.json");

        // THEN the fixture expects exactly that problem, and the testkit reads it as a valid fixture file
        JsonNode fixture = JSON.readTree(saved.toFile());
        assertThat(texts(fixture.path("expectError"))).containsExactly("$.client.experience");
        assertThat(fixture.has("expect")).isFalse();
        assertThat(fixture.at("/facts/client/age").asInt()).isEqualTo(34);
        FixtureRun run = new FixtureRunner(CoachingEngine.builder().withPack(PACK).build()).run(Fixtures.load(saved));
        assertThat(run.failures()).as(run.summary()).isEmpty();
        assertThat(run.summary()).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void copyFactsJsonPutsTheFormsFactsOnTheClipboard() throws Exception {
        // GIVEN the athlete example, and a page allowed to use the clipboard
        playground.loadExample("athlete");
        ((HasPermissions) browser.driver).setPermission("clipboard-read", "granted");
        ((HasPermissions) browser.driver).setPermission("clipboard-write", "granted");

        // WHEN "Copy facts JSON" is pressed
        browser.find("#copy-facts").click();
        browser.waitFor(d -> !browser.find("#action-status").getText().isEmpty());

        // THEN the clipboard holds the example's facts (read as the library reads them: [] and absent are alike)
        Object clipboard = browser.driver.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed: ' + e))");
        assertThat(CoachingJson.readFacts(String.valueOf(clipboard)))
                .isEqualTo(CoachingJson.readFacts(Files.readString(Playground.client("athlete"))));
    }

    private static Path downloaded(String name) {
        Path file = browser.downloads.resolve(name);
        browser.waitFor(d -> Files.isRegularFile(file) && file.toFile().length() > 0);
        return file;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    record CoachRun(int exitCode, String stdout, String stderr) {
    }

    /** {@code coach test --pack PACK DIR}: the CLI's main class as its own process, on this test's class path. */
    private static CoachRun coachTest(Path fixtures) throws IOException, InterruptedException {
        Path out = Files.createTempFile("coach-test", ".out");
        Path err = Files.createTempFile("coach-test", ".err");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.coachlogic.examples.cli.CoachCommand",
                    "test", "--pack", PACK.toString(), fixtures.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("coach test did not finish in 120 s");
            }
            return new CoachRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
