package org.coachlogic.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.server.CoachServer;
import org.coachlogic.server.ServerSettings;

/**
 * The service's load generator: starts the service on loopback, drives {@code POST /v1/advice} with the example
 * clients at 1, 8, 32 and 64 keep-alive connections (one closed-loop client thread per connection, Apache HttpClient 5
 * classic), and measures
 * in-process {@code readFacts} + {@code evaluate} + {@code writeAdvice} with as many threads in the same run.
 * Prints a Markdown table for docs/performance.md. A benchmark, not a test: nothing here passes or fails.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.ServiceLoad [seconds per step]</pre>
 */
public final class ServiceLoad {

    private static final int[] CONNECTIONS = {1, 8, 32, 64};

    private ServiceLoad() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> clients = new ArrayList<>();
        try (var files = Files.list(Path.of("examples/clients"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                clients.add(Files.readString(file));
            }
        }
        CoachingEngine engine = CoachingEngine.builder().build();
        try (CoachServer server = CoachServer.start(ServerSettings.defaults().withPort(0))) {
            URI uri = URI.create(server.baseUrl() + "/v1/advice");
            run(uri, clients, 8, 5, new long[1]);
            inProcess(engine, clients, 8, 5);
            System.out.println("| Connections | Service requests/s | p50 ms | p99 ms | p99.9 ms | Errors |"
                    + " In-process evaluations/s (same threads) | Service / in-process |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int connections : CONNECTIONS) {
                long[] errors = new long[1];
                long[] latencies = run(uri, clients, connections, seconds, errors);
                double rps = latencies.length / (double) seconds;
                double local = inProcess(engine, clients, connections, seconds);
                Arrays.sort(latencies);
                System.out.printf(Locale.ROOT, "| %d | %.0f | %.2f | %.2f | %.2f | %d | %.0f | %.2f |%n", connections,
                        rps, percentile(latencies, 0.50), percentile(latencies, 0.99), percentile(latencies, 0.999),
                        errors[0], local, rps / local);
            }
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Closed loop: each thread sends the next request when the last is answered. Returns the latencies (ns). */
    private static long[] run(URI uri, List<String> clients, int connections, int seconds, long[] errors)
            throws InterruptedException, IOException {
        try (CloseableHttpClient http = HttpClients.custom().setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections).build()).build()) {
            return run(http, uri, clients, connections, seconds, errors);
        }
    }

    private static long[] run(CloseableHttpClient http, URI uri, List<String> clients, int connections, int seconds,
                              long[] errors) throws InterruptedException {
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[connections];
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(connections);
        for (int t = 0; t < connections; t++) {
            long[] latencies = new long[4_000_000 / connections];
            perThread.add(latencies);
            int thread = t;
            Thread worker = new Thread(() -> {
                int i = thread;
                while (System.nanoTime() < end && counts[thread] < latencies.length) {
                    HttpPost request = new HttpPost(uri);
                    request.setEntity(new StringEntity(clients.get(i++ % clients.size()), ContentType.APPLICATION_JSON));
                    long start = System.nanoTime();
                    try {
                        int status = http.execute(request, response -> {
                            EntityUtils.consume(response.getEntity());
                            return response.getCode();
                        });
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    }
                    latencies[counts[thread]++] = System.nanoTime() - start;
                }
                done.countDown();
            });
            worker.start();
        }
        done.await();
        errors[0] = failures.get();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        return all;
    }

    /** readFacts + evaluate + writeAdvice on this many threads for this long; evaluations per second. */
    private static double inProcess(CoachingEngine engine, List<String> clients, int threads, int seconds)
            throws InterruptedException {
        AtomicLong count = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread worker = new Thread(() -> {
                int i = first;
                long sink = 0;
                while (System.nanoTime() < end) {
                    sink += CoachingJson.writeAdvice(engine.evaluate(CoachingJson.readFacts(
                            clients.get(i++ % clients.size())))).length();
                    count.incrementAndGet();
                }
                if (sink == 42) {
                    System.out.print("");
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return count.get() / (double) seconds;
    }
}
