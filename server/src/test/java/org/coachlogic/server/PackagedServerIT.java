package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The packaged jar, started with {@code java -jar} as a user does. */
class PackagedServerIT {

    private static ProcessBuilder jar(String... options) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-jar", System.getProperty("server.jar")));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** {@code java @server/serve.jvm -jar ...}: with the JVM options of {@code ./coach serve}, as docs/service.md shows. */
    private static ProcessBuilder jarWithServeOptions(String... options) {
        ProcessBuilder builder = jar(options);
        builder.command().add(1, "@" + Service.root().resolve("server/serve.jvm"));
        return builder;
    }

    @Test
    void withoutAuthenticationOrTheDevelopmentFlagItRefusesToStart() throws Exception {
        Process process = jar("--port", "0").start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("--dev-no-auth");
    }

    @Test
    void startsWarnsAdvisesAndLogsNoHealthData() throws Exception {
        // GIVEN the jar started in development mode on a free port, with the JVM options of ./coach serve
        Process process = jarWithServeOptions("--dev-no-auth", "--port", "0").start();
        StringBuilder log = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String url = null;
            Pattern listening = Pattern.compile("listening on (http://\\S+)");
            for (String line; url == null && (line = lines.readLine()) != null; ) {
                log.append(line).append('\n');
                Matcher matcher = listening.matcher(line);
                if (matcher.find()) {
                    url = matcher.group(1);
                }
            }
            assertThat(url).as(log.toString()).isNotNull();

            // WHEN red-flag facts are posted
            String facts = Service.read(Service.root().resolve("examples/clients/red-flags.json"));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url + "/v1/advice")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(facts)).build(), HttpResponse.BodyHandlers.ofString());
            // ProcessHandle.destroy sends the stop signal without closing our end of its output (Process.destroy
            // closes it), so the log written while the service stops can still be read to its end
            process.toHandle().destroy();
            for (String line; (line = lines.readLine()) != null; ) {
                log.append(line).append('\n');
            }

            // THEN it advised, it warned about running without authentication, and its log (access log
            // included) holds none of the facts
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(log.toString()).contains("WITHOUT AUTHENTICATION").contains("POST /v1/advice 200")
                    .doesNotContain("SADDLE").doesNotContain("BLADDER").doesNotContain("\"age\"")
                    .doesNotContain("cauda");
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
