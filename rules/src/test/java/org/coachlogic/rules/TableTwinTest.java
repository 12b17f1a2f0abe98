package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.testkit.ClientGenerator;
import org.junit.jupiter.api.Test;

/**
 * The example vendor pack exists twice: as DRL (examples/vendor-pack) and as a decision table
 * (examples/vendor-pack-table). Both must give the same advice to every client.
 */
class TableTwinTest {

    private static final Path EXAMPLES = Path.of("../examples");
    private static final CoachingEngine DRL = CoachingEngine.builder().withPack(EXAMPLES.resolve("vendor-pack")).build();
    private static final CoachingEngine TABLE =
            CoachingEngine.builder().withPack(EXAMPLES.resolve("vendor-pack-table")).build();

    @Test
    void theTwinsDefineTheSameRulesAndDisables() {
        assertThat(TABLE.rules()).isEqualTo(DRL.rules());
        assertThat(TABLE.disabledRules()).isEqualTo(DRL.disabledRules());
    }

    @Test
    void theTwinsGiveTheSameAdviceToEveryExampleClient() throws IOException {
        List<Path> clients;
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("clients"))) {
            clients = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(clients).hasSizeGreaterThan(3);
        for (Path client : clients) {
            ClientFacts facts = CoachingJson.readFacts(Files.readString(client));
            assertThat(TABLE.evaluate(facts)).as(client.toString()).isEqualTo(DRL.evaluate(facts));
        }
    }

    @Test
    void theTwinsGiveTheSameAdviceToTwoThousandGeneratedClients() {
        ClientGenerator clients = ClientGenerator.thresholds(16);
        int differentFromDefault = 0;
        CoachingEngine defaults = CoachingEngine.builder().build();
        for (int i = 0; i < 2000; i++) {
            ClientFacts facts = clients.next();
            var advice = DRL.evaluate(facts);
            assertThat(TABLE.evaluate(facts)).as("client %d: %s", i, facts).isEqualTo(advice);
            if (!advice.ids().equals(defaults.evaluate(facts).ids())) {
                differentFromDefault++;
            }
        }
        // the comparison means something only if the pack changes the advice for many of them
        assertThat(differentFromDefault).isGreaterThan(200);
    }
}
