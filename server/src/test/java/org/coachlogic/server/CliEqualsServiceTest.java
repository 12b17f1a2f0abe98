package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.coachlogic.CoachingJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code coach evaluate --json} and {@code POST /v1/advice} give the same advice for every example client: the service
 * sends it on one line ({@code CoachingJson.writeAdviceLine}), the CLI pretty-printed ({@code writeAdvice}), so the
 * CLI's output, read back and written on one line, must be the service's body byte for byte.
 */
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

    /** The CLI's pretty-printed advice on one line, as the service writes it. */
    private static String asOneLine(String prettyAdvice) {
        return CoachingJson.writeAdviceLine(CoachingJson.readAdvice(prettyAdvice));
    }

    @Test
    void everyExampleClientGetsTheSameAdviceFromTheCliAndTheService() throws Exception {
        for (Path client : Service.exampleClients()) {
            // GIVEN an example client WHEN the service and the CLI advise it
            String fromService = service.postJson("/v1/advice", Service.read(client)).body();
            String fromCli = cli(client);

            // THEN the CLI prints that advice pretty-printed, and the service sends the same on one line
            assertThat(fromCli).as(client.getFileName().toString()).isEqualTo(CoachingJson.writeAdvice(
                    CoachingJson.readAdvice(fromService)));
            assertThat(asOneLine(fromCli)).as(client.getFileName().toString()).isEqualTo(fromService);
        }
    }

    @Test
    void germanAdviceIsTheSameFromBoth() throws Exception {
        Path client = Service.root().resolve("examples/clients/red-flags.json");

        assertThat(asOneLine(cli(client, "--locale", "de")))
                .isEqualTo(service.postJson("/v1/advice?locale=de", Service.read(client)).body());
    }
}
