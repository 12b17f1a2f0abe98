package org.coachlogic.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;

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
 * {@code readFacts} from its bytes + {@code evaluate} + {@code writeAdviceLine} into a buffer, answer with it) in a
 * bare Jetty 12 handler, with nothing else: no Javalin, no servlet layer, no authentication, metrics, access log or compression. What the
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
                byte[] body;
                try (InputStream in = Content.Source.asInputStream(request)) {
                    body = in.readAllBytes();
                }
                // As the service: the facts read from the body's bytes, the advice written as one line of UTF-8
                // into a buffer that goes out in one write with its length.
                ByteArrayOutputStream advice = new ByteArrayOutputStream(8192);
                CoachingJson.writeAdviceLine(engine.evaluate(CoachingJson.readFacts(new ByteArrayInputStream(body))),
                        advice);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.write(true, ByteBuffer.wrap(advice.toByteArray()), callback);
                return true;
            }
        });
        server.start();
        System.err.println("bare Jetty listening on http://127.0.0.1:" + connector.getLocalPort());
        server.join();
    }
}
