package org.coachlogic.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.coachlogic.RuleCompilationException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code coach serve} and {@code java -jar coachlogic-server.jar}: starts the service and runs until stopped
 * (Ctrl-C or SIGTERM stop it gracefully). Every option also reads an environment variable; an option given on
 * the command line wins over its variable, and the variable over the default.
 */
@Command(name = "coach serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serves coachlogic over HTTP: the JSON API, CDS Hooks, schemas, OpenAPI, health and metrics. "
                + "See docs/service.md.",
        footer = {"", "Each option's environment variable is named in its description; an option given here wins "
                + "over its variable, and the variable over the default."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:COACH_PORT:-8080}",
            description = "Port to listen on (COACH_PORT; default 8080; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "${env:COACH_HOST:-127.0.0.1}",
            description = "Address to bind (COACH_HOST; default 127.0.0.1, this machine only).")
    String host;

    @Option(names = "--pack", paramLabel = "DIR", split = ",", defaultValue = "${env:COACH_PACKS}",
            description = "Rule pack folder to add; repeat for several (COACH_PACKS, comma-separated).")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--locale", defaultValue = "${env:COACH_LOCALE:-en}",
            description = "Language of the advice when a request names none: en or de (COACH_LOCALE; default en).")
    String locale;

    @Option(names = "--parameter", paramLabel = "NAME=VALUE", split = ",", defaultValue = "${env:COACH_PARAMETERS}",
            description = "A rule-set parameter (docs/rules.md); repeat for several (COACH_PARAMETERS, "
                    + "comma-separated).")
    Map<String, Double> parameters = new LinkedHashMap<>();

    @Option(names = "--watch", defaultValue = "${env:COACH_WATCH:-false}", fallbackValue = "true", arity = "0..1",
            description = "Recompile the packs when their files change and swap them in (COACH_WATCH).")
    boolean watch;

    @Option(names = "--api-key-file", defaultValue = "${env:COACH_API_KEY_FILE}",
            description = "File with the API keys accepted on the JSON API, one a line (COACH_API_KEY_FILE).")
    Path apiKeyFile;

    @Option(names = "--issuer", paramLabel = "ISSUER=JWKS", split = ",", defaultValue = "${env:COACH_ISSUERS}",
            description = "A trusted token issuer and its JWKS, a file or an https URL; repeat for several "
                    + "(COACH_ISSUERS, comma-separated).")
    Map<String, String> issuers = new LinkedHashMap<>();

    @Option(names = "--public-url", defaultValue = "${env:COACH_PUBLIC_URL}",
            description = "The URL clients call, which their tokens' aud must start with (COACH_PUBLIC_URL; "
                    + "default the scheme, host and port served).")
    String publicUrl;

    @Option(names = "--keystore", defaultValue = "${env:COACH_KEYSTORE}",
            description = "PKCS12 keystore with the TLS key and certificate; serves HTTPS (COACH_KEYSTORE).")
    Path keystore;

    @Option(names = "--keystore-password-file", defaultValue = "${env:COACH_KEYSTORE_PASSWORD_FILE}",
            description = "File holding the keystore's password (COACH_KEYSTORE_PASSWORD_FILE; or the password "
                    + "itself in COACH_KEYSTORE_PASSWORD).")
    Path keystorePasswordFile;

    @Option(names = "--workers", defaultValue = "${env:COACH_WORKERS:-" + ServerSettings.DEFAULT_WORKERS + "}",
            description = "Evaluations run at once; beyond them requests wait in the queue (COACH_WORKERS; default "
                    + ServerSettings.DEFAULT_WORKERS + ").")
    int workers;

    @Option(names = "--queue", defaultValue = "${env:COACH_QUEUE:-64}",
            description = "Evaluations that may wait; beyond them requests get 503 (COACH_QUEUE; default 64).")
    int queue;

    @Option(names = "--max-request-bytes", defaultValue = "${env:COACH_MAX_REQUEST_BYTES:-1048576}",
            description = "Largest request body; larger ones get 413 (COACH_MAX_REQUEST_BYTES; default 1048576).")
    long maxRequestBytes;

    @Option(names = "--idle-timeout", defaultValue = "${env:COACH_IDLE_TIMEOUT:-PT30S}",
            description = "How long a connection may stay silent, ISO-8601 (COACH_IDLE_TIMEOUT; default PT30S).")
    Duration idleTimeout;

    @Option(names = "--shutdown-grace", defaultValue = "${env:COACH_SHUTDOWN_GRACE:-PT10S}",
            description = "How long a stop waits for requests in flight (COACH_SHUTDOWN_GRACE; default PT10S).")
    Duration shutdownGrace;

    @Option(names = "--dev-no-auth", defaultValue = "${env:COACH_DEV_NO_AUTH:-false}", fallbackValue = "true",
            arity = "0..1", description = "Development only: no authentication on any endpoint; warned at every "
                    + "start (COACH_DEV_NO_AUTH).")
    boolean devNoAuth;

    /** Reads the settings; refuses what cannot work before anything starts. */
    ServerSettings settings() throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        if (apiKeyFile != null) {
            for (String line : Files.readAllLines(apiKeyFile)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    keys.add(line.trim());
                }
            }
        }
        String password = null;
        if (keystorePasswordFile != null) {
            password = Files.readString(keystorePasswordFile).strip();
        } else if (keystore != null) {
            password = System.getenv("COACH_KEYSTORE_PASSWORD");
        }
        return new ServerSettings(host, port, packs, Locale.forLanguageTag(locale), parameters, watch, devNoAuth,
                keys, issuers, publicUrl, keystore, password,
                workers, queue,
                maxRequestBytes, idleTimeout, shutdownGrace);
    }

    @Override
    public Integer call() throws Exception {
        ServerSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("coach serve: " + e.getMessage());
            return 2;
        }
        CoachServer server;
        try {
            server = CoachServer.start(settings);
        } catch (RuleCompilationException e) {
            System.err.println("coach serve: the packs do not compile:");
            e.ruleProblems().forEach(p -> System.err.println("  " + p));
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "coachlogic-shutdown"));
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new ServeCommand()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
