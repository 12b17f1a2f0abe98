package org.coachlogic.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the service is configured with. {@link ServeCommand} fills it from options and environment
 * variables (an option wins over its variable, the variable over the default: docs/service.md); tests build it
 * directly with {@link #defaults()} and the {@code with...} methods.
 *
 * @param host            address to bind, 127.0.0.1 unless told otherwise
 * @param port            port to listen on; 0 picks a free one
 * @param packs           rule-pack folders added on top of the default rules, in order
 * @param locale          language of the advice when a request does not ask for one
 * @param parameters      rule-set parameters to set, by name
 * @param watch           whether to recompile and swap in the packs when their files change
 * @param devNoAuth       whether to run without authentication (development only; warned at every start)
 * @param apiKeys         API keys accepted on the JSON API
 * @param issuers         trusted token issuers, each with its JWKS (a file path or an https URL)
 * @param publicUrl       the URL clients call, for a token's {@code aud}; null: derived from host and port
 * @param keystore        PKCS12 or JKS keystore for TLS; null serves plain HTTP
 * @param keystorePassword the keystore's password
 * @param workers         evaluations run at once
 * @param queueCapacity   evaluations that may wait for a worker; beyond them a request gets 503
 * @param maxRequestBytes largest request body accepted; larger ones get 413
 * @param idleTimeout     how long a connection may send nothing before it is closed
 * @param shutdownGrace   how long a stop waits for requests in flight
 */
public record ServerSettings(String host, int port, List<Path> packs, Locale locale, Map<String, Double> parameters,
                             boolean watch, boolean devNoAuth, Set<String> apiKeys, Map<String, String> issuers,
                             String publicUrl, Path keystore, String keystorePassword, int workers,
                             int queueCapacity, long maxRequestBytes, Duration idleTimeout,
                             Duration shutdownGrace) {

    /** The CLI's and the codec's 1 MiB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        packs = List.copyOf(packs);
        Objects.requireNonNull(locale, "locale");
        parameters = Map.copyOf(parameters);
        apiKeys = Set.copyOf(apiKeys);
        issuers = Map.copyOf(issuers);
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("queue capacity must not be negative, was " + queueCapacity);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("max request bytes must be positive, was " + maxRequestBytes);
        }
        if (keystore != null && keystorePassword == null) {
            throw new IllegalArgumentException("a keystore needs its password");
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (!devNoAuth && apiKeys.isEmpty() && issuers.isEmpty()) {
            throw new IllegalArgumentException("no authentication configured: give an API key (--api-key-file) or a "
                    + "token issuer (--issuer), or run with --dev-no-auth on a development machine");
        }
    }

    /**
     * Evaluations run at once unless told otherwise: enough that under ordinary load no request thread waits for a
     * permit. Permits held to the number of processors made every request beyond them park and be woken (about three
     * context switches per request), which cost about a quarter of the service's CPU per request at 32 connections
     * (docs/performance.md, section 8.9); the limit is there against overload, with the queue behind it.
     */
    public static final int DEFAULT_WORKERS = 64;

    /** Loopback, a free port, no packs, English, development mode without authentication. */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 0, List.of(), Locale.ENGLISH, Map.of(), false, true, Set.of(),
                Map.of(), null, null, null, DEFAULT_WORKERS, 64,
                DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    public ServerSettings withPort(int port) {
        return new ServerSettings(host, port, packs, locale, parameters, watch, devNoAuth, apiKeys, issuers,
                publicUrl, keystore, keystorePassword, workers, queueCapacity, maxRequestBytes, idleTimeout,
                shutdownGrace);
    }

    public ServerSettings withPacks(List<Path> packs, boolean watch) {
        return new ServerSettings(host, port, packs, locale, parameters, watch, devNoAuth, apiKeys, issuers,
                publicUrl, keystore, keystorePassword, workers, queueCapacity, maxRequestBytes, idleTimeout,
                shutdownGrace);
    }

    public ServerSettings withAuth(Set<String> apiKeys, Map<String, String> issuers, String publicUrl) {
        return new ServerSettings(host, port, packs, locale, parameters, watch, false, apiKeys, issuers,
                publicUrl, keystore, keystorePassword, workers, queueCapacity, maxRequestBytes, idleTimeout,
                shutdownGrace);
    }

    public ServerSettings withTls(Path keystore, String keystorePassword) {
        return new ServerSettings(host, port, packs, locale, parameters, watch, devNoAuth, apiKeys, issuers,
                publicUrl, keystore, keystorePassword, workers, queueCapacity, maxRequestBytes, idleTimeout,
                shutdownGrace);
    }

    public ServerSettings withCapacity(int workers, int queueCapacity) {
        return new ServerSettings(host, port, packs, locale, parameters, watch, devNoAuth, apiKeys, issuers,
                publicUrl, keystore, keystorePassword, workers, queueCapacity, maxRequestBytes, idleTimeout,
                shutdownGrace);
    }

    public ServerSettings withLimits(long maxRequestBytes, Duration idleTimeout) {
        return new ServerSettings(host, port, packs, locale, parameters, watch, devNoAuth, apiKeys, issuers,
                publicUrl, keystore, keystorePassword, workers, queueCapacity, maxRequestBytes, idleTimeout,
                shutdownGrace);
    }

    public ServerSettings withShutdownGrace(Duration shutdownGrace) {
        return new ServerSettings(host, port, packs, locale, parameters, watch, devNoAuth, apiKeys, issuers,
                publicUrl, keystore, keystorePassword, workers, queueCapacity, maxRequestBytes, idleTimeout,
                shutdownGrace);
    }

    public ServerSettings withLocaleAndParameters(Locale locale, Map<String, Double> parameters) {
        return new ServerSettings(host, port, packs, locale, parameters, watch, devNoAuth, apiKeys, issuers,
                publicUrl, keystore, keystorePassword, workers, queueCapacity, maxRequestBytes, idleTimeout,
                shutdownGrace);
    }

    /** The scheme the service answers on. */
    String scheme() {
        return keystore == null ? "http" : "https";
    }
}
