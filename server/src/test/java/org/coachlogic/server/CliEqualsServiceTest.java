package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code coach evaluate --json} and {@code POST /v1/advice} give the same bytes for every example client. */
class CliEqualsServiceTest {

    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** Runs the CLI as its own process, from this test's class path, as {@code coach evaluate --json FILE}. */
    private static String cli(Path client, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                "org.coachlogic.examples.cli.CoachCommand", "evaluate", "--json"));
        command.addAll(List.of(options));
        command.add(client.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit code for " + client).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void everyExampleClientGetsTheSameAdviceFromTheCliAndTheService() throws Exception {
        for (Path client : Service.exampleClients()) {
            String fromService = service.postJson("/v1/advice", Service.read(client)).body();

            assertThat(cli(client)).as(client.getFileName().toString()).isEqualTo(fromService);
        }
    }

    @Test
    void germanAdviceIsTheSameFromBoth() throws Exception {
        Path client = Service.root().resolve("examples/clients/red-flags.json");

        assertThat(cli(client, "--locale", "de"))
                .isEqualTo(service.postJson("/v1/advice?locale=de", Service.read(client)).body());
    }
}
