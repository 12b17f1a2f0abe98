package org.coachlogic.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;

/**
 * Baselines for {@link ServiceLoad}, not a product: {@code POST /v1/advice} in a bare Jetty 12 handler, with nothing
 * else: no Javalin, no servlet layer, no authentication, metrics, access log or compression. What the service costs
 * beyond these is what Javalin and the service's own features add. Three modes (the first argument):
 * <ul>
 *   <li>{@code blocking} (the default): the service's work (read the body, {@code readFacts} from its bytes +
 *       {@code evaluate} + {@code writeAdviceLine} into a buffer, answer with it) in a blocking handler, on Jetty's
 *       thread pool, as the service runs it;</li>
 *   <li>{@code selectors}: the same work in a non-blocking handler, so that Jetty runs it on the thread that read the
 *       request, one selector thread per core: no hand-off between threads and no more evaluations at once than
 *       cores. It also measures the CPU time each evaluation takes on its thread ({@code GET /evaluation-cpu} gives
 *       the count and the nanoseconds since the last call): the evaluation inside a server, between the network
 *       stack's work and the client's on the same cores, against the same work back to back in process;</li>
 *   <li>{@code http-only}: no evaluation at all; each request is answered with the advice of the same client,
 *       computed at start (the example clients' bodies are recognised by their bytes). What HTTP on loopback costs
 *       on this machine, the floor under any server that evaluates.</li>
 * </ul>
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.BareJettyService [mode] [port]</pre>
 */
public final class BareJettyService {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int MAX_BODY = 1 << 20;

    private BareJettyService() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "blocking";
        Server server = start(mode, args.length > 1 ? Integer.parseInt(args[1]) : 0, Path.of("examples/clients"));
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        System.err.println("bare Jetty (" + mode + ", " + connector.getSelectorManager().getSelectorCount()
                + " selectors) listening on http://127.0.0.1:" + connector.getLocalPort());
        server.join();
    }

    /**
     * A started server in this mode on 127.0.0.1 and this port (0 for a free one); {@code clients} is the folder of
     * example clients that the HTTP-only mode answers.
     */
    static Server start(String mode, int port, Path clients) throws Exception {
        CoachingEngine engine = CoachingEngine.builder().build();
        Server server = new Server();
        // Jetty's default is one selector per two cores; on the selectors, each is a thread that evaluates.
        int selectors = mode.equals("blocking") ? -1 : Runtime.getRuntime().availableProcessors();
        ServerConnector connector = new ServerConnector(server, -1, selectors);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(switch (mode) {
            case "blocking" -> blocking(engine);
            case "selectors" -> new OnSelectors(engine);
            case "http-only" -> httpOnly(engine, clients);
            default -> throw new IllegalArgumentException("mode: blocking, selectors or http-only, not " + mode);
        });
        server.start();
        return server;
    }

    private static Handler blocking(CoachingEngine engine) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                byte[] body;
                try (InputStream in = Content.Source.asInputStream(request)) {
                    body = in.readAllBytes();
                }
                answer(response, callback, advise(engine, body));
                return true;
            }
        };
    }

    /** As the service: the facts read from the body's bytes, the advice written as one line of UTF-8. */
    private static byte[] advise(CoachingEngine engine, byte[] body) throws IOException {
        ByteArrayOutputStream advice = new ByteArrayOutputStream(8192);
        CoachingJson.writeAdviceLine(engine.evaluate(CoachingJson.readFacts(new ByteArrayInputStream(body))), advice);
        return advice.toByteArray();
    }

    /** The advice in one write with its length. */
    private static void answer(Response response, Callback callback, byte[] advice) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(advice), callback);
    }

    /** The work on the selector threads; the CPU time of each evaluation on its thread, summed. */
    private static final class OnSelectors extends Handler.Abstract.NonBlocking {
        private final CoachingEngine engine;
        private final LongAdder evaluations = new LongAdder();
        private final LongAdder cpuNanos = new LongAdder();

        OnSelectors(CoachingEngine engine) {
            this.engine = engine;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            if (request.getHttpURI().getPath().equals("/evaluation-cpu")) {
                answer(response, callback, (evaluations.sumThenReset() + " " + cpuNanos.sumThenReset())
                        .getBytes(StandardCharsets.US_ASCII));
                return true;
            }
            // Completes at once, on this thread, when the body came with the headers, as a small one does.
            Content.Source.asByteArrayAsync(request, MAX_BODY, new Promise.Invocable.NonBlocking<>() {
                @Override
                public void succeeded(byte[] body) {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    byte[] advice;
                    try {
                        advice = advise(engine, body);
                    } catch (IOException | RuntimeException e) {
                        callback.failed(e);
                        return;
                    }
                    cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
                    evaluations.increment();
                    answer(response, callback, advice);
                }

                @Override
                public void failed(Throwable failure) {
                    callback.failed(failure);
                }
            });
            return true;
        }
    }

    private static Handler httpOnly(CoachingEngine engine, Path clients) throws IOException {
        Map<String, byte[]> answers = new HashMap<>();
        for (byte[] body : Clients.exampleBodies(clients)) {
            answers.put(new String(body, StandardCharsets.ISO_8859_1), advise(engine, body));
        }
        return new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                Content.Source.asByteArrayAsync(request, MAX_BODY, new Promise.Invocable.NonBlocking<>() {
                    @Override
                    public void succeeded(byte[] body) {
                        byte[] advice = answers.get(new String(body, StandardCharsets.ISO_8859_1));
                        if (advice == null) {
                            Response.writeError(request, response, callback, 404, "not an example client");
                            return;
                        }
                        answer(response, callback, advice);
                    }

                    @Override
                    public void failed(Throwable failure) {
                        callback.failed(failure);
                    }
                });
                return true;
            }
        };
    }
}
