package org.coachlogic.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;

/**
 * The service's load generator. Starts the service as it ships ({@code java -jar server/target/coachlogic-server.jar
 * --dev-no-auth}, access log and metrics on) in a process of its own, and {@link BareJettyService} (the same work in a
 * bare Jetty handler) in another; drives {@code POST /v1/advice} on each with the example clients at 1, 8, 32 and 64
 * keep-alive connections (one closed-loop client thread per connection, Apache HttpClient 5 classic, in this JVM);
 * and after each step measures in-process {@code readFacts} + {@code evaluate} + {@code writeAdvice} on as many
 * threads in this JVM, for as long, while the servers are idle. Client and servers share the machine's cores: the
 * CPU time of each server process and of this process (the client) is reported per request, read from the
 * operating system, so that what the service costs is separate from what the client costs.
 *
 * <p>Prints a Markdown table for docs/performance.md. A benchmark, not a test: nothing here passes or fails.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.ServiceLoad [seconds per step] [log folder]</pre>
 *
 * <p>{@code -DserviceLoad.warmUp=SECONDS} sets the warm-up of each server and of the in-process engine (default: a
 * step, at least 10 s; on a loaded machine the JIT needs longer); {@code -DserviceLoad.serverOptions="..."} passes
 * JVM options to both server processes, say a JFR recording.
 */
public final class ServiceLoad {

    private static final int[] CONNECTIONS = {1, 8, 32, 64};
    private static final Pattern LISTENING = Pattern.compile("listening on (https?://\\S+)");
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ServiceLoad() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path logs = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("service-load");
        Files.createDirectories(logs);
        List<String> clients = new ArrayList<>();
        try (var files = Files.list(Path.of("examples/clients"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                clients.add(Files.readString(file));
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path serverJar = Path.of("server/target/coachlogic-server.jar");
        if (!Files.isRegularFile(serverJar)) {
            throw new IllegalStateException(serverJar + " is missing: ./mvnw -q -B -DskipTests package -pl benchmarks -am");
        }
        List<String> options = Arrays.stream(System.getProperty("serviceLoad.serverOptions", "").split(" "))
                .filter(o -> !o.isBlank()).toList();
        int warmUp = Integer.getInteger("serviceLoad.warmUp", Math.max(10, seconds));
        CoachingEngine engine = CoachingEngine.builder().build();
        try (Server service = Server.start("service", logs, java, options, "-jar", serverJar.toString(),
                "--dev-no-auth", "--port", "0");
             Server bare = Server.start("bare Jetty", logs, java, options, "-cp", System.getProperty("java.class.path"),
                     BareJettyService.class.getName())) {
            List<Server> servers = List.of(service, bare);
            for (Server server : servers) {
                run(server, clients, 8, warmUp);
            }
            inProcess(engine, clients, 8, warmUp);
            System.out.println("| Connections | Server | Requests/s | p50 ms | p99 ms | p99.9 ms | Errors"
                    + " | Server CPU µs/request | Client CPU µs/request | In-process evaluations/s (same threads)"
                    + " | In-process CPU µs/evaluation | Server / in-process | Server CPU / in-process CPU"
                    + " | Load average |");
            System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int connections : CONNECTIONS) {
                List<Step> steps = new ArrayList<>();
                for (Server server : servers) {
                    steps.add(run(server, clients, connections, seconds));
                }
                double load = loadAverage();
                long cpuBefore = OS.getProcessCpuTime();
                long evaluations = inProcess(engine, clients, connections, seconds);
                double local = evaluations / (double) seconds;
                double localCpu = (OS.getProcessCpuTime() - cpuBefore) / 1e3 / evaluations;
                for (Step step : steps) {
                    System.out.printf(Locale.ROOT, "| %d | %s | %.0f | %.2f | %.2f | %.2f | %d | %.0f | %.0f | %.0f"
                                    + " | %.0f | %.2f | %.1fx | %.1f, %.1f |%n", connections, step.server,
                            step.perSecond(), step.percentile(0.50), step.percentile(0.99), step.percentile(0.999),
                            step.errors, step.serverCpuMicros(), step.clientCpuMicros(), local, localCpu,
                            step.perSecond() / local, step.serverCpuMicros() / localCpu, step.load, load);
                }
            }
        }
        System.out.println();
        System.out.println("Server logs (the service's access log among them): " + logs.toAbsolutePath());
    }

    /** One load step against one server. */
    private record Step(String server, long[] sortedLatencies, int seconds, long errors, long serverCpuNanos,
                        long clientCpuNanos, double load) {

        double perSecond() {
            return sortedLatencies.length / (double) seconds;
        }

        double percentile(double p) {
            if (sortedLatencies.length == 0) {
                return Double.NaN;
            }
            return sortedLatencies[Math.min(sortedLatencies.length - 1,
                    (int) Math.ceil(p * sortedLatencies.length) - 1)] / 1e6;
        }

        double serverCpuMicros() {
            return serverCpuNanos / 1e3 / sortedLatencies.length;
        }

        double clientCpuMicros() {
            return clientCpuNanos / 1e3 / sortedLatencies.length;
        }
    }

    /** A server in a process of its own, its standard error in a log file, stopped (SIGTERM) when closed. */
    private record Server(String name, Process process, URI advice) implements AutoCloseable {

        static Server start(String name, Path logs, String java, List<String> options, String... arguments)
                throws IOException, InterruptedException {
            Path log = logs.resolve("service-load-" + name.replace(' ', '-').toLowerCase(Locale.ROOT) + ".log");
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(options);
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher listening = LISTENING.matcher(Files.readString(log));
                if (listening.find()) {
                    return new Server(name, process, URI.create(listening.group(1) + "/v1/advice"));
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not start; see " + log);
        }

        long cpuNanos() {
            return process.toHandle().info().totalCpuDuration().orElseThrow(
                    () -> new IllegalStateException("the operating system does not report " + name + "'s CPU time"))
                    .toNanos();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static double loadAverage() {
        return OS.getSystemLoadAverage();
    }

    /** Closed loop: each thread sends the next request when the last is answered. */
    private static Step run(Server server, List<String> clients, int connections, int seconds)
            throws InterruptedException, IOException {
        try (CloseableHttpClient http = HttpClients.custom().setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections).build()).build()) {
            double load = loadAverage();
            long serverCpu = server.cpuNanos();
            long clientCpu = OS.getProcessCpuTime();
            long[] errors = new long[1];
            long[] latencies = run(http, server.advice, clients, connections, seconds, errors);
            serverCpu = server.cpuNanos() - serverCpu;
            clientCpu = OS.getProcessCpuTime() - clientCpu;
            Arrays.sort(latencies);
            return new Step(server.name, latencies, seconds, errors[0], serverCpu, clientCpu, load);
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

    /** readFacts + evaluate + writeAdvice on this many threads for this long; how many were done. */
    private static long inProcess(CoachingEngine engine, List<String> clients, int threads, int seconds)
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
        return count.get();
    }
}
