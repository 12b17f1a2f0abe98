package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every curl command of docs/service.md and docs/cds-hooks.md as written, from the repository's root,
 * against a service on a free port (the only change: 127.0.0.1:8080 becomes that port).
 */
class DocsExamplesTest {

    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static List<String> curlCommands(String doc) {
        List<String> commands = new ArrayList<>();
        boolean inShell = false;
        for (String line : Service.read(Service.root().resolve(doc)).split("\n")) {
            if (line.startsWith("```")) {
                inShell = !inShell && line.equals("```sh");
            } else if (inShell && line.startsWith("curl ")) {
                commands.add(line);
            }
        }
        return commands;
    }

    @TestFactory
    Stream<DynamicTest> everyCurlExampleAnswers() {
        List<String> commands = new ArrayList<>(curlCommands("docs/service.md"));
        commands.addAll(curlCommands("docs/cds-hooks.md"));
        assertThat(commands).hasSizeGreaterThan(8);
        return commands.stream().map(command -> dynamicTest(command, () -> {
            assumeTrue(new ProcessBuilder("curl", "--version").start().waitFor() == 0, "curl is not installed");
            String local = command.replace("http://127.0.0.1:8080", service.server.baseUrl())
                    .replace("curl -s ", "curl -s -w '\\n%{http_code}' ");
            Process process = new ProcessBuilder("bash", "-c", local).directory(Service.root().toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isZero();
            String status = output.substring(output.lastIndexOf('\n') + 1);
            String body = output.substring(0, output.lastIndexOf('\n'));
            assertThat(body).isNotBlank();
            if (command.contains("\"age\":5")) {
                assertThat(status).isEqualTo("400");
                assertThat(body).contains("$.client.age");
            } else {
                assertThat(status).as(body).isEqualTo("200");
            }
        }));
    }
}
