package org.coachlogic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.Suppression;
import org.coachlogic.benchmarks.reference.ReferenceCoach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the benchmarks measure is what their documentation says it is. */
class BenchmarkInputsTest {

    @Test
    void typicalClientIsTheExampleDeskWorker() throws Exception {
        // GIVEN the example client file
        String json = Files.readString(Path.of("../examples/clients/desk-worker.json"));

        // THEN the benchmarks' typical client is the same facts, and 10 rules fire for it, none withheld
        assertThat(Clients.typical()).isEqualTo(CoachingJson.readFacts(json));
        assertThat(ReferenceCoach.evaluate(Clients.typical()).shown()).hasSize(10);
        assertThat(ReferenceCoach.evaluate(Clients.typical()).suppressed()).isEmpty();
    }

    @Test
    void fewFactsFireNothingAndAllFactsAreUrgent() {
        assertThat(ReferenceCoach.evaluate(Clients.fewFacts()).shown()).isEmpty();
        assertThat(ReferenceCoach.evaluate(Clients.allFacts()).shown()).first().asString().startsWith("safety.");
        assertThat(ReferenceCoach.evaluate(Clients.allFacts()).suppressed()).isNotEmpty();
    }

    @Test
    void generatedPackFiresTwoPercentForAllFactsAndNothingForFewFacts(@TempDir Path temp) {
        // GIVEN an engine with 250 generated rules
        Path pack = GeneratedPack.write(temp, 250);
        CoachingEngine engine = CoachingEngine.builder().withPack(pack).build();
        assertThat(engine.rules()).hasSize(CoachingEngine.builder().build().rules().size() + 250);

        // WHEN it evaluates the client with all facts and the one with few
        Advice all = engine.evaluate(Clients.allFacts());
        Advice few = engine.evaluate(Clients.fewFacts());

        // THEN exactly rules 0 to 4 fire for all facts (withheld by the red flags), and none for few facts
        assertThat(all.suppressed()).extracting(Suppression::id).filteredOn(id -> id.startsWith("generated."))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 250).filter(GeneratedPack::firesForAllFacts)
                        .mapToObj(GeneratedPack::id).toList())
                .hasSize(5);
        assertThat(few.ids()).isEmpty();
        assertThat(few.suppressed()).isEmpty();
    }
}
