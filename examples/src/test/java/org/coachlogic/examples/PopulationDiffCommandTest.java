package org.coachlogic.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coachlogic.examples.Coach.coach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.testkit.PopulationDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coach diff --pack DIR clients.jsonl}: what a pack changes over a population, run as a process. */
class PopulationDiffCommandTest {

    private static final String VENDOR_PACK = "vendor-pack";

    @TempDir
    Path temp;

    @Test
    void thePopulationDiffCountsPerRuleWhatTheLibraryFinds() throws IOException {
        // GIVEN a generated population of 400 clients
        Coach.Run generated = coach("generate", "--count", "400", "--seed", "21");
        Path clients = temp.resolve("clients.jsonl");
        Files.write(clients, generated.stdoutBytes());

        // WHEN the vendor pack is compared on it, as text and as JSON
        Coach.Run text = coach("diff", "--pack", VENDOR_PACK, clients.toString());
        Coach.Run json = coach("diff", "--pack", VENDOR_PACK, "--json", "--threads", "1", clients.toString());

        // THEN both report what the library's own population diff finds in process
        CoachingEngine baseline = CoachingEngine.builder().build();
        CoachingEngine candidate = CoachingEngine.builder().withPack(Path.of(VENDOR_PACK)).build();
        PopulationDiff expected = new PopulationDiff();
        List<String> lines = Files.readAllLines(clients);
        for (int i = 0; i < lines.size(); i++) {
            ClientFacts facts = CoachingJson.readFacts(lines.get(i));
            expected.add(i + 1, baseline.evaluate(facts), candidate.evaluate(facts));
        }
        assertThat(expected.rules()).isNotEmpty();
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.stdout()).isEqualTo(expected.toText()).startsWith("400 clients compared, ");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.stdout()).isEqualTo(expected.toJson());
        JsonNode tree = new ObjectMapper().readTree(json.stdout());
        assertThat(tree.get("clients").asLong()).isEqualTo(400);
        assertThat(tree.get("rules").findValuesAsText("id")).anyMatch(id -> id.startsWith("northside."));
    }

    @Test
    void theFolderDiffStillWorksAndRefusesJson() {
        Coach.Run folder = coach("diff", "--pack", VENDOR_PACK, Coach.clientsFolder().toString());
        Coach.Run json = coach("diff", "--pack", VENDOR_PACK, "--json", Coach.clientsFolder().toString());

        assertThat(folder.exitCode()).as(folder.toString()).isZero();
        assertThat(folder.stdout()).contains("desk-worker.json");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(2);
        assertThat(json.stderr()).contains("--json is for one JSON Lines file");
    }
}
