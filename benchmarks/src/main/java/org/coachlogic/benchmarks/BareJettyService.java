package org.coachlogic.benchmarks;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

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

/**
 * A baseline for {@link ServiceLoad}, not a product: the same work as {@code POST /v1/advice} (read the body,
 * {@code readFacts} + {@code evaluate} + {@code writeAdvice}, answer with the JSON) in a bare Jetty 12 handler, with
 * nothing else: no Javalin, no servlet layer, no authentication, metrics, access log or compression. What the
 * service costs beyond this is what Javalin and the service's own features add.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.BareJettyService [port]</pre>
 */
public final class BareJettyService {

    private BareJettyService() {
    }

    public static void main(String[] args) throws Exception {
        CoachingEngine engine = CoachingEngine.builder().build();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(args.length > 0 ? Integer.parseInt(args[0]) : 0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String advice;
                try (InputStream body = Content.Source.asInputStream(request)) {
                    advice = CoachingJson.writeAdvice(engine.evaluate(CoachingJson.readFacts(body)));
                }
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.write(true, ByteBuffer.wrap(advice.getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        server.start();
        System.err.println("bare Jetty listening on http://127.0.0.1:" + connector.getLocalPort());
        server.join();
    }
}
