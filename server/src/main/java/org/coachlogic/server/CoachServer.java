package org.coachlogic.server;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.ParameterInfo;
import org.coachlogic.RuleExecutionException;
import org.coachlogic.RuleInfo;
import org.coachlogic.Source;
import org.coachlogic.Violation;
import org.coachlogic.facts.ClientFacts;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;

/**
 * coachlogic over HTTP: the JSON API, CDS Hooks, schemas, OpenAPI, health and metrics (docs/service.md).
 * Start it with {@link #start(ServerSettings)}; {@link #close()} stops it gracefully, finishing the requests in
 * flight. Static files under {@code /public} on the class path are served at {@code /}: a page or its assets
 * only need to be put there.
 */
public final class CoachServer implements AutoCloseable {

    static final Logger LOG = LoggerFactory.getLogger(CoachServer.class);
    /** The access log: method, route template, status and time; never a body, a query or a path value. */
    static final Logger ACCESS = LoggerFactory.getLogger("org.coachlogic.server.access");

    static final String FINGERPRINT_HEADER = "Coachlogic-Rule-Set-Fingerprint";
    static final String API_KEY_HEADER = "X-API-Key";

    private final ServerSettings settings;
    private final AtomicReference<RuleSet> ruleSet = new AtomicReference<>();
    private final Metrics metrics;
    private final Semaphore workers;
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Authenticator authenticator;
    private final CdsHooks cdsHooks;
    private final String openApi;
    private final PackWatcher watcher;
    private Javalin app;
    /** {@link #publicUrl()}, worked out once the port is bound rather than on every request. */
    private volatile String publicUrl;

    private CoachServer(ServerSettings settings) {
        this.settings = settings;
        this.workers = new Semaphore(settings.workers(), true);
        this.metrics = new Metrics(() -> Math.max(0, admitted.get() - (settings.workers() - workers.availablePermits())));
        this.authenticator = new Authenticator(settings, new TokenVerifier(settings.issuers(), Clock.systemUTC()));
        this.ruleSet.set(RuleSet.build(settings));
        this.cdsHooks = new CdsHooks(this);
        this.openApi = OpenApi.document();
        this.watcher = settings.watch() ? new PackWatcher(settings, this::swap, metrics) : null;
    }

    /** Builds the rule set, binds the port and starts answering. */
    public static CoachServer start(ServerSettings settings) {
        CoachServer server = new CoachServer(settings);
        server.app = Javalin.create(server::configure).start(settings.host(), settings.port());
        server.publicUrl = server.derivePublicUrl();
        if (settings.devNoAuth()) {
            LOG.warn("running WITHOUT AUTHENTICATION (--dev-no-auth): anyone who can reach {}:{} may call every "
                    + "endpoint; never do this outside a development machine", settings.host(), server.port());
        }
        if (server.watcher != null) {
            server.watcher.start();
        }
        RuleSet rules = server.ruleSet.get();
        LOG.info("coachlogic {} {} ({}) listening on {}", rules.defaultEngine().ruleSet().name(),
                rules.defaultEngine().ruleSet().version(), rules.fingerprint(), server.baseUrl());
        return server;
    }

    /** The port bound, useful when the settings asked for 0. */
    public int port() {
        return app.port();
    }

    /** {@code http://host:port} or {@code https://host:port}. */
    public String baseUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return settings.scheme() + "://" + host + ":" + port();
    }

    /** The URL clients call, for the {@code aud} of their tokens. */
    String publicUrl() {
        String url = publicUrl;
        return url != null ? url : derivePublicUrl();
    }

    private String derivePublicUrl() {
        return settings.publicUrl() != null ? settings.publicUrl().replaceAll("/+$", "") : baseUrl();
    }

    RuleSet ruleSet() {
        return ruleSet.get();
    }

    Metrics metrics() {
        return metrics;
    }

    ServerSettings settings() {
        return settings;
    }

    /** Stops accepting, finishes the requests in flight (up to the grace period), then stops. */
    @Override
    public void close() {
        if (stopping.getAndSet(true)) {
            return;
        }
        if (watcher != null) {
            watcher.close();
        }
        LOG.info("stopping: finishing requests in flight");
        try {
            app.stop();
        } catch (RuntimeException e) {
            if (!endedByTheGracePeriod(e)) {
                throw e;
            }
            // Jetty waits for requests in flight and open connections up to the grace period, then closes what is
            // left and stops everything else regardless; it reports the wait that ran out as an exception. The
            // service has stopped all the same, so that is a warning, not a failure of close().
            LOG.warn("stopped after the grace period of {} ms: the requests or connections still open then were "
                    + "closed", settings.shutdownGrace().toMillis());
        }
    }

    private static boolean endedByTheGracePeriod(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private void swap(RuleSet next) {
        ruleSet.set(next);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxRequestBytes();
        config.http.generateEtags = false;
        // No response compression: gzip of each 5 to 10 KB advice body about doubled the service's CPU per request
        // (docs/performance.md, section 8), and the client pays again to inflate it.
        // Javalin compresses by default when the client sends Accept-Encoding, as most HTTP clients do.
        config.http.compressionStrategy = CompressionStrategy.NONE;
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(settings.shutdownGrace().toMillis());
            server.insertHandler(new GracefulHandler());
        });
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setIdleTimeout(settings.idleTimeout().toMillis());
            // A response that fits the output buffer goes out in one write with its Content-Length; by default
            // Jetty writes anything over 8 KB (most advice) at once, chunked, and the last chunk separately.
            http.setOutputAggregationSize(http.getOutputBufferSize());
        });
        if (settings.keystore() != null) {
            config.jetty.addConnector(this::tlsConnector);
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
        });
        config.requestLogger.http((ctx, millis) -> {
            Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
            String route = endpoint == null ? "unmatched" : endpoint.path;
            metrics.request(ctx.method().name(), route, ctx.statusCode(), millis / 1000.0);
            if (ACCESS.isInfoEnabled()) {
                // Tenths of a millisecond without String.format, which took more of a profile than the metrics
                // and the rest of the log line together (docs/performance.md, section 8).
                ACCESS.info("{} {} {} {}ms", ctx.method().name(), route, ctx.statusCode(),
                        Math.round(millis * 10) / 10.0);
            }
        });
        config.routes.get("/health/live", ctx -> ctx.json(Json.MAPPER.createObjectNode().put("status", "live")));
        config.routes.get("/health/ready", this::ready);
        config.routes.get("/metrics", ctx -> ctx.contentType(metrics.contentType()).result(metrics.scrape()));
        config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        config.routes.before("/v1/*", ctx -> authenticator.requireForApi(ctx, publicUrl()));
        config.routes.post("/v1/advice", this::advice);
        config.routes.get("/v1/rules", this::rules);
        config.routes.get("/v1/parameters", this::parameters);
        config.routes.get("/v1/rule-set", this::ruleSetInfo);
        cdsHooks.register(config, authenticator);
        config.routes.exception(ProblemException.class, (e, ctx) -> {
            if (e.challenge != null) {
                ctx.header("WWW-Authenticate", e.challenge);
            }
            problem(ctx, e.problem());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, switch (e.getStatus()) {
            case 413 -> tooLarge();
            default -> Problem.of(e.getStatus(), "http-" + e.getStatus(), e.getMessage(), e.getMessage());
        }));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error answering {} {}", ctx.method().name(), ctx.endpoints().lastHttpEndpoint() == null
                    ? "unmatched" : ctx.endpoints().lastHttpEndpoint().path, e);
            metrics.error("internal");
            problem(ctx, Problem.of(500, "internal-error", "Internal error",
                    "the service failed; the error is in its log"));
        });
        config.routes.error(404, ctx -> {
            if (!ctx.res().isCommitted() && (ctx.result() == null || ctx.result().isEmpty()
                    || !Problem.MEDIA_TYPE.equals(ctx.res().getContentType()))) {
                problem(ctx, Problem.of(404, "not-found", "Not found", "no resource at this path"));
            }
        });
        config.routes.error(405, ctx -> problem(ctx, Problem.of(405, "method-not-allowed", "Method not allowed",
                "this path does not take " + ctx.method().name())));
    }

    private Connector tlsConnector(Server server, HttpConfiguration http) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(settings.keystore().toAbsolutePath().toString());
        tls.setKeyStorePassword(settings.keystorePassword());
        HttpConfiguration https = new HttpConfiguration(http);
        https.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }

    private void ready(Context ctx) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        RuleSet rules = ruleSet.get();
        body.put("status", stopping.get() ? "stopping" : "ready");
        ObjectNode set = body.putObject("ruleSet");
        set.put("name", rules.defaultEngine().ruleSet().name());
        set.put("version", rules.defaultEngine().ruleSet().version());
        set.put("fingerprint", rules.fingerprint());
        if (watcher != null) {
            ArrayNode errors = body.putObject("reload").put("watching", true).putArray("errors");
            watcher.lastErrors().forEach(errors::add);
        }
        ctx.status(stopping.get() ? 503 : 200).json(body);
    }

    private void advice(Context ctx) throws IOException {
        requireJson(ctx, "application/json");
        RuleSet rules = ruleSet.get();
        CoachingEngine engine = engineFor(ctx, rules);
        byte[] body = body(ctx);
        Advice advice = evaluate(() -> evaluated(engine, readFacts(body)));
        ctx.header(FINGERPRINT_HEADER, rules.fingerprint());
        ctx.contentType("application/json");
        // Straight into the response as UTF-8, one line, each recommendation copied from its cached bytes: no
        // string, no copy by Javalin (docs/performance.md, section 8). The codec flushes when done; a flush would
        // commit the response chunked, so it is left to Jetty, which sends the whole answer with its length.
        CoachingJson.writeAdviceLine(advice, new UnflushedOutput(ctx.outputStream()));
    }

    /** Passes writes through and leaves flushing to the response's own completion. */
    private static final class UnflushedOutput extends FilterOutputStream {
        UnflushedOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() {
        }
    }

    /** The facts, or a 400 problem listing every violation with its path. */
    static ClientFacts readFacts(byte[] body) {
        try (InputStream in = new ByteArrayInputStream(body)) {
            return CoachingJson.readFacts(in);
        } catch (InvalidFactsException e) {
            throw new ProblemException(Problem.invalid("Invalid client facts", e.violations()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Evaluates and counts. Advice the engine had to cut short after its safety stage is returned like any
     * other (it says {@code "complete": false} and carries the safety recommendations); only a failure of the
     * safety stage itself, an internal error, is a 500.
     */
    Advice evaluated(CoachingEngine engine, ClientFacts facts) {
        try {
            Advice advice = engine.evaluate(facts);
            metrics.evaluated(advice);
            return advice;
        } catch (RuleExecutionException e) {
            metrics.error("evaluation");
            LOG.error("an evaluation was stopped in rule {}: {}", e.ruleId(), e.getMessage());
            throw new ProblemException(Problem.of(500, "evaluation-stopped", "Evaluation stopped",
                    "the rules did not settle; rule " + e.ruleId() + " was stopped"));
        }
    }

    /** A unit of engine work. */
    interface Work<T> {
        T run();
    }

    /**
     * Runs engine work on one of {@code workers} permits, waiting in a bounded FIFO queue; when the queue is
     * full the request is turned away at once with 503 and {@code Retry-After}.
     */
    <T> T evaluate(Work<T> work) {
        if (admitted.incrementAndGet() > settings.workers() + settings.queueCapacity()) {
            admitted.decrementAndGet();
            metrics.error("queue-full");
            throw new ProblemException(new Problem(503, "urn:coachlogic:problem:overloaded", "Overloaded",
                    "every worker is busy and the queue is full; retry shortly", List.of(), 1));
        }
        try {
            workers.acquireUninterruptibly();
            try {
                return work.run();
            } finally {
                workers.release();
            }
        } finally {
            admitted.decrementAndGet();
        }
    }

    CoachingEngine engineFor(Context ctx, RuleSet rules) {
        String locale = ctx.queryParam("locale");
        CoachingEngine engine = rules.engine(locale);
        if (engine == null || (locale != null && locale.isBlank())) {
            throw new ProblemException(Problem.invalid("Unsupported locale", List.of(new Violation("?locale",
                    "must be one of " + RuleSet.LOCALES.stream().map(Locale::getLanguage).toList() + ", was \""
                            + (locale.length() > 20 ? locale.substring(0, 20) + "..." : locale) + "\""))));
        }
        return engine;
    }

    /** 415 unless the request says it sends JSON of this media type (any charset parameter must be UTF-8). */
    static void requireJson(Context ctx, String mediaType) {
        String contentType = ctx.header("Content-Type");
        String[] parts = contentType == null ? new String[] {""} : contentType.split(";");
        boolean json = parts[0].trim().equalsIgnoreCase(mediaType);
        for (int i = 1; i < parts.length && json; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=")) {
                json = parameter.substring(8).replace("\"", "").equals("utf-8");
            }
        }
        if (!json) {
            throw new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "send the body as " + mediaType + " in UTF-8"));
        }
    }

    /**
     * The body, refused with 413 once more than the limit has arrived. A body declared far over the limit is
     * refused before it is read, and the connection closed; one a little over is read up to the limit, so that
     * a client still sending can read the answer.
     */
    byte[] body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        long limit = settings.maxRequestBytes();
        if (declared > 4 * limit) {
            ctx.header("Connection", "close");
            throw new ProblemException(tooLarge());
        }
        // Read here rather than with Javalin's bodyAsBytes, which copies every body through an 8 KB buffer and a
        // growing ByteArrayOutputStream: about 13 KB of garbage for a 2 KB body, a third of what a request allocated
        // (docs/performance.md, 8.14). A body whose length is declared within the limit is read into an array of
        // exactly that length; any other is read up to one byte past the limit, which is then refused.
        long wanted = declared >= 0 && declared <= limit ? declared : limit + 1;
        byte[] body = ctx.req().getInputStream().readNBytes((int) Math.min(wanted, Integer.MAX_VALUE - 8));
        if (body.length > limit) {
            throw new ProblemException(tooLarge());
        }
        return body;
    }

    private Problem tooLarge() {
        metrics.error("too-large");
        return Problem.of(413, "too-large", "Request too large",
                "the body may have at most " + settings.maxRequestBytes() + " bytes");
    }

    private void rules(Context ctx) {
        CoachingEngine engine = engineFor(ctx, ruleSet.get());
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (RuleInfo rule : engine.rules()) {
            ObjectNode json = array.addObject();
            json.put("id", rule.id());
            json.put("category", rule.category().name());
            json.put("priority", rule.priority().name());
            json.put("summary", rule.summary());
            if (rule.tier() != null) {
                json.put("tier", rule.tier().name().toLowerCase(Locale.ROOT));
            }
            json.put("addsLoad", rule.addsLoad());
            ArrayNode sources = json.putArray("sources");
            for (Source source : rule.sources()) {
                ObjectNode s = sources.addObject().put("key", source.key()).put("label", source.label());
                if (source.url() != null) {
                    s.put("url", source.url());
                }
            }
            if (rule.pack() != null) {
                json.put("pack", rule.pack());
            }
            json.put("reviewed", rule.reviewed().toString());
        }
        ctx.contentType("application/json").result(Json.write(array));
    }

    private void parameters(Context ctx) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ParameterInfo parameter : ruleSet.get().defaultEngine().parameters()) {
            array.addObject().put("name", parameter.name()).put("value", parameter.value())
                    .put("defaultValue", parameter.defaultValue()).put("min", parameter.min())
                    .put("max", parameter.max()).put("unit", parameter.unit())
                    .put("description", parameter.description()).put("setBy", parameter.setBy());
        }
        ctx.contentType("application/json").result(Json.write(array));
    }

    private void ruleSetInfo(Context ctx) {
        RuleSet rules = ruleSet.get();
        CoachingEngine engine = rules.defaultEngine();
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("name", engine.ruleSet().name());
        json.put("version", engine.ruleSet().version());
        ArrayNode packs = json.putArray("packs");
        engine.rules().stream().map(RuleInfo::pack).filter(p -> p != null).distinct().sorted().forEach(packs::add);
        json.put("fingerprint", rules.fingerprint());
        ctx.header(FINGERPRINT_HEADER, rules.fingerprint());
        ctx.contentType("application/json").result(Json.write(json));
    }

    static void problem(Context ctx, Problem problem) {
        ctx.status(problem.status());
        if (problem.retryAfterSeconds() != null) {
            ctx.header("Retry-After", problem.retryAfterSeconds().toString());
        }
        ctx.contentType(Problem.MEDIA_TYPE);
        ctx.result(Json.write(problem.toJson(ctx.path())).getBytes(StandardCharsets.UTF_8));
    }

    /** Carries a problem out of a handler; the exception mapper sends it. */
    static final class ProblemException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        private final String challenge;

        ProblemException(Problem problem) {
            this(problem, null);
        }

        /** A 401 with the {@code WWW-Authenticate} scheme to name. */
        ProblemException(Problem problem, String challenge) {
            super(problem.title(), null, false, false);
            this.problem = problem;
            this.challenge = challenge;
        }

        Problem problem() {
            return problem;
        }
    }
}
