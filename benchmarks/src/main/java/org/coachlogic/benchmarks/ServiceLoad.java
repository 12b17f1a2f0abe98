package org.coachlogic.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The service's load figures. Starts the service the way docs/service.md tells people to run it ({@code ./coach serve
 * --dev-no-auth}: the shipped launcher with its JVM options, access log and metrics on; the jar already built, so
 * {@code COACH_SKIP_BUILD=1}) in a process of its own, and {@link BareJettyService} (the same work in a bare Jetty
 * handler) in another; warms each up until its JIT compilers are quiet; drives {@code POST /v1/advice} on each with
 * the example clients at 1, 8, 32 and 64 keep-alive connections, closed loop; and after each step measures in-process
 * {@code readFacts} + {@code evaluate} + {@code writeAdviceLine} on as many threads in this JVM, for as long, while the
 * servers are idle. All three do the same work per request: the facts read from the body's bytes, the advice written
 * as one line of UTF-8 from the codec's cached recommendation bytes; so the ratio measures HTTP, not a writer. The load comes from wrk (an event-driven client in C, one thread, script
 * {@code service-load.lua}) when it is installed, else from one client thread per connection in this JVM (Apache
 * HttpClient 5 classic), which takes far more of the shared cores. Client and servers share the machine's cores: the
 * CPU time of each server process and of the client is reported per request, read from the operating system, so
 * that what the service costs is separate from what the client costs.
 *
 * <p>Prints a Markdown table for docs/performance.md. A benchmark, not a test: nothing here passes or fails.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.coachlogic.benchmarks.ServiceLoad [seconds per step] [log folder]</pre>
 *
 * <p>{@code -DserviceLoad.warmUp=SECONDS} sets the shortest warm-up of each server and of the in-process engine
 * (default: a step, at least 10 s) and {@code -DserviceLoad.maxWarmUp=SECONDS} the longest (default 240 s);
 * {@code -DserviceLoad.generator=java} forces the client threads in this JVM, {@code =wrk} insists on wrk;
 * {@code -DserviceLoad.serverOptions="..."} passes JVM options to both server processes (to the service through
 * {@code COACH_JAVA_OPTS}, after the launcher's own), say a JFR recording.
 */
public final class ServiceLoad {

    private static final int[] CONNECTIONS = {1, 8, 32, 64};
    private static final Pattern LISTENING = Pattern.compile("listening on (https?://\\S+)");
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    private ServiceLoad() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path logs = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("service-load");
        Files.createDirectories(logs);
        List<String> clients = Clients.exampleBodies(Path.of("examples/clients")).stream()
                .map(body -> new String(body, StandardCharsets.UTF_8)).toList();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path serverJar = Path.of("server/target/coachlogic-server.jar");
        if (!Files.isRegularFile(serverJar) || !Files.isExecutable(Path.of("coach"))) {
            throw new IllegalStateException(serverJar + " or ./coach is missing: run this from the repository's root"
                    + " after ./mvnw -q -B -DskipTests package -pl benchmarks -am");
        }
        List<String> options = Arrays.stream(System.getProperty("serviceLoad.serverOptions", "").split(" "))
                .filter(o -> !o.isBlank()).toList();
        int warmUp = Integer.getInteger("serviceLoad.warmUp", Math.max(10, seconds));
        int maxWarmUp = Integer.getInteger("serviceLoad.maxWarmUp", 240);
        Generator generator = Generator.choose(System.getProperty("serviceLoad.generator", ""), clients);
        CoachingEngine engine = CoachingEngine.builder().build();
        // The service as docs/service.md tells people to run it: ./coach serve, with the JVM options that launcher
        // gives it; the jar just built, not rebuilt (COACH_SKIP_BUILD), any extra options in COACH_JAVA_OPTS.
        List<String> serve = List.of("./coach", "serve", "--dev-no-auth", "--port", "0");
        Map<String, String> serveEnvironment = Map.of("COACH_SKIP_BUILD", "1",
                "JAVA_HOME", System.getProperty("java.home"), "COACH_JAVA_OPTS", String.join(" ", options));
        // The bare-Jetty baselines with the service's JVM options (server/serve.jvm, a java argument file), and this
        // JVM, the in-process baseline, should have them too (benchmarks/run.sh gives them): the ratios measure HTTP.
        List<String> bareCommand = new ArrayList<>(List.of(java, "@server/serve.jvm"));
        bareCommand.addAll(options);
        bareCommand.addAll(List.of("-cp", System.getProperty("java.class.path"), BareJettyService.class.getName()));
        try (Server service = Server.start("service", logs, serve, serveEnvironment);
             Server bare = Server.start("bare Jetty", logs, with(bareCommand, "blocking"), Map.of());
             Server selectors = Server.start("bare Jetty, selectors", logs, with(bareCommand, "selectors"), Map.of());
             Server httpOnly = Server.start("HTTP only", logs, with(bareCommand, "http-only"), Map.of())) {
            List<Server> servers = List.of(service, bare, selectors, httpOnly);
            List<String> warmUps = new ArrayList<>();
            for (Server server : servers) {
                warmUps.add(server.name + " " + warmUp(server.process.pid(), warmUp, maxWarmUp,
                        () -> generator.run(server, 8, WARM_UP_ROUND)));
            }
            warmUps.add("in-process " + warmUp(ProcessHandle.current().pid(), warmUp, maxWarmUp,
                    () -> inProcess(engine, clients, 8, WARM_UP_ROUND)));
            System.out.println("Load generator: " + generator.description() + ". Warm-up at 8 connections until"
                    + " the JIT compilers took under " + Math.round(QUIET_COMPILER * 100) + " % of the process's CPU"
                    + " for a round of " + WARM_UP_ROUND + " s (at least " + warmUp + " s, at most " + maxWarmUp
                    + " s): " + String.join("; ", warmUps) + ".");
            System.out.println("The service: ./coach serve (its JVM options in server/serve.jvm); the in-process"
                    + " baseline's JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean()
                    .getInputArguments()) + ".");
            System.out.println();
            System.out.println("| Connections | Server | Requests/s | p50 ms | p99 ms | p99.9 ms | Errors"
                    + " | Server CPU µs/request | Client CPU µs/request | In-process evaluations/s (same threads)"
                    + " | In-process CPU µs/evaluation | Evaluation CPU in the server µs | Server / in-process"
                    + " | Server CPU / in-process CPU | Load average |");
            System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            List<String> bounds = new ArrayList<>();
            for (int connections : CONNECTIONS) {
                List<Step> steps = new ArrayList<>();
                for (Server server : servers) {
                    server.evaluationCpu();
                    Step step = generator.run(server, connections, seconds);
                    steps.add(step.withEvaluationCpu(server.evaluationCpu()));
                }
                double load = loadAverage();
                long cpuBefore = OS.getProcessCpuTime();
                long evaluations = inProcess(engine, clients, connections, seconds);
                double local = evaluations / (double) seconds;
                double localCpu = (OS.getProcessCpuTime() - cpuBefore) / 1e3 / evaluations;
                for (Step step : steps) {
                    System.out.printf(Locale.ROOT, "| %d | %s | %.0f | %.2f | %.2f | %.2f | %d | %.0f | %.0f | %.0f"
                                    + " | %.0f | %s | %.2f | %.1fx | %.1f, %.1f |%n", connections, step.server,
                            step.perSecond(), step.p50, step.p99, step.p999,
                            step.errors, step.serverCpuMicros(), step.clientCpuMicros(), local, localCpu,
                            Double.isNaN(step.evaluationCpuMicros) ? "" : String.format(Locale.ROOT, "%.0f",
                                    step.evaluationCpuMicros), step.perSecond() / local,
                            step.serverCpuMicros() / localCpu, step.load, load);
                }
                bounds.add(bound(connections, steps.get(servers.indexOf(httpOnly)),
                        steps.get(servers.indexOf(selectors)), local));
            }
            System.out.println();
            System.out.println("What HTTP leaves of the machine: requests/s if the cores did nothing but HTTP-only's"
                    + " CPU per request (server and client) plus the evaluation's CPU inside the server on the"
                    + " selectors, all " + CORES + " cores busy; against in-process.");
            System.out.println();
            System.out.println("| Connections | HTTP only: server + client CPU µs/request | Evaluation CPU in the"
                    + " server µs | At most requests/s | Of in-process |");
            System.out.println("|---:|---:|---:|---:|---:|");
            bounds.forEach(System.out::println);
        }
        System.out.println();
        System.out.println("Server logs (the service's access log among them): " + logs.toAbsolutePath());
    }

    /** One load step against one server: latencies in milliseconds, CPU in nanoseconds. */
    private record Step(String server, long requests, double seconds, double p50, double p99, double p999,
                        long errors, long serverCpuNanos, long clientCpuNanos, double load,
                        double evaluationCpuMicros) {

        Step(String server, long requests, double seconds, double p50, double p99, double p999, long errors,
             long serverCpuNanos, long clientCpuNanos, double load) {
            this(server, requests, seconds, p50, p99, p999, errors, serverCpuNanos, clientCpuNanos, load, Double.NaN);
        }

        /** With the CPU time per evaluation that the server measured on its threads (NaN where it does not). */
        Step withEvaluationCpu(double micros) {
            return new Step(server, requests, seconds, p50, p99, p999, errors, serverCpuNanos, clientCpuNanos, load,
                    micros);
        }

        double perSecond() {
            return requests / seconds;
        }

        double serverCpuMicros() {
            return serverCpuNanos / 1e3 / requests;
        }

        double clientCpuMicros() {
            return clientCpuNanos / 1e3 / requests;
        }
    }

    /** A server in a process of its own, its standard error in a log file, stopped (SIGTERM) when closed. */
    private record Server(String name, Process process, URI advice) implements AutoCloseable {

        static Server start(String name, Path logs, List<String> command, Map<String, String> environment)
                throws IOException, InterruptedException {
            Path log = logs.resolve("service-load-" + name.replace(' ', '-').toLowerCase(Locale.ROOT) + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
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

        /**
         * The CPU time per evaluation since the last call, in microseconds, from a server that measures it (the bare
         * handler on its selectors, {@code GET /evaluation-cpu}); NaN from the others.
         */
        double evaluationCpu() throws IOException, InterruptedException {
            if (!name.endsWith("selectors")) {
                return Double.NaN;
            }
            String[] counts = HTTP.send(java.net.http.HttpRequest.newBuilder(advice.resolve("/evaluation-cpu")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body().split(" ");
            long evaluations = Long.parseLong(counts[0]);
            return evaluations == 0 ? Double.NaN : Long.parseLong(counts[1]) / 1e3 / evaluations;
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

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /**
     * The most requests per second any server could answer here, if its HTTP cost what the HTTP-only server's does
     * (server and client together, both on these cores) and its evaluations cost what they do inside the server on
     * the selectors, with every core busy: a row of the bound's table.
     */
    private static String bound(int connections, Step httpOnly, Step selectors, double inProcess) {
        double http = httpOnly.serverCpuMicros() + httpOnly.clientCpuMicros();
        double evaluation = selectors.evaluationCpuMicros;
        double most = CORES * 1e6 / (http + evaluation);
        return String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.2f |", connections, http, evaluation, most,
                most / inProcess);
    }

    private static List<String> with(List<String> command, String argument) {
        List<String> all = new ArrayList<>(command);
        all.add(argument);
        return all;
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
            return new Step(server.name, latencies.length, seconds, percentile(latencies, 0.50),
                    percentile(latencies, 0.99), percentile(latencies, 0.999), errors[0], serverCpu, clientCpu, load);
        }
    }

    /** In milliseconds, of latencies in nanoseconds, sorted. */
    private static double percentile(long[] sortedLatencies, double p) {
        if (sortedLatencies.length == 0) {
            return Double.NaN;
        }
        return sortedLatencies[Math.min(sortedLatencies.length - 1,
                (int) Math.ceil(p * sortedLatencies.length) - 1)] / 1e6;
    }

    /** Seconds of a warm-up round. */
    private static final int WARM_UP_ROUND = 5;
    /** The JIT counts as warm when its compiler threads took less than this share of the process's CPU in a round. */
    private static final double QUIET_COMPILER = 0.02;

    /** Some load to run for a warm-up round. */
    private interface Round {
        void run() throws Exception;
    }

    /**
     * Runs rounds of load until the process's JIT compiler threads are quiet (their CPU under {@link #QUIET_COMPILER}
     * of the process's in a round), at least {@code minimum} and at most {@code maximum} seconds; says how long it
     * took. A JVM that is still compiling Drools' lambdas spends more CPU on its compiler than on requests: on a
     * loaded machine that takes minutes, far longer than a fixed warm-up of 10 s.
     */
    private static String warmUp(long pid, int minimum, int maximum, Round round) throws Exception {
        long start = System.nanoTime();
        while (true) {
            long[] before = compilerAndTotalTicks(pid);
            round.run();
            long[] after = compilerAndTotalTicks(pid);
            long total = after[1] - before[1];
            double share = total == 0 ? 0 : (after[0] - before[0]) / (double) total;
            long elapsed = (System.nanoTime() - start) / 1_000_000_000L;
            if ((share < QUIET_COMPILER && elapsed >= minimum) || elapsed >= maximum) {
                return String.format(Locale.ROOT, "%d s (compilers %.1f %% in the last round)", elapsed, share * 100);
            }
        }
    }

    /** CPU ticks of the process's JIT compiler threads and of all its threads, from /proc (Linux only). */
    private static long[] compilerAndTotalTicks(long pid) throws IOException {
        long compiler = 0;
        // The process's own utime and stime count its threads that have ended too.
        String process = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] processFields = process.substring(process.lastIndexOf(')') + 2).split(" ");
        long total = Long.parseLong(processFields[11]) + Long.parseLong(processFields[12]);
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    compiler += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        }
        return new long[] {compiler, total};
    }

    /** What drives the servers: wrk when it is installed, else client threads in this JVM. */
    private interface Generator {

        Step run(Server server, int connections, int seconds) throws Exception;

        String description();

        static Generator choose(String asked, List<String> clients) throws IOException, InterruptedException {
            if (asked.equals("java")) {
                return java(clients);
            }
            if (Wrk.installed()) {
                return new Wrk(Wrk.writeScript());
            }
            if (asked.equals("wrk")) {
                throw new IllegalStateException("wrk is not installed (apt-get install wrk)");
            }
            System.err.println("ServiceLoad: wrk is not installed (apt-get install wrk; benchmarks/run.sh tries to);"
                    + " falling back to client threads in this JVM, which take CPU from the servers on the same cores");
            return java(clients);
        }

        private static Generator java(List<String> clients) {
            return new Generator() {
                @Override
                public Step run(Server server, int connections, int seconds) throws Exception {
                    return ServiceLoad.run(server, clients, connections, seconds);
                }

                @Override
                public String description() {
                    return "client threads in the benchmark's JVM, one per keep-alive connection (Apache HttpClient 5"
                            + " classic), which take CPU from the servers on the same cores";
                }
            };
        }
    }

    /**
     * wrk, an event-driven load generator in C: one thread keeps every connection busy, closed loop (the next request
     * on a connection when its answer is in), POSTing the example clients in turn (service-load.lua). Its CPU per
     * request is a fraction of client threads in a JVM, so more of the two cores is left to the server.
     */
    private record Wrk(Path script) implements Generator {

        private static final Pattern SUMMARY = Pattern.compile("SERVICE-LOAD requests=(\\d+) micros=(\\d+) errors=(\\d+)"
                + " .* p50=(\\d+) p99=(\\d+) p999=(\\d+) cputicks=(-?\\d+)");

        static boolean installed() throws InterruptedException {
            try {
                return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() <= 1;
            } catch (IOException absent) {
                return false;
            }
        }

        static Path writeScript() throws IOException {
            Path script = Files.createTempFile("service-load", ".lua");
            script.toFile().deleteOnExit();
            try (var in = ServiceLoad.class.getResourceAsStream("service-load.lua")) {
                Files.write(script, in.readAllBytes());
            }
            return script;
        }

        @Override
        public String description() {
            return "wrk (one thread, closed loop, one request at a time on each keep-alive connection)";
        }

        @Override
        public Step run(Server server, int connections, int seconds) throws Exception {
            ProcessBuilder command = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                    "--timeout", "30s", "-s", script.toString(), server.advice.toString()).redirectErrorStream(true);
            command.environment().put("COACH_CLIENTS", Path.of("examples/clients").toAbsolutePath().toString());
            double load = loadAverage();
            long serverCpu = server.cpuNanos();
            Process wrk = command.start();
            String output = new String(wrk.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            wrk.waitFor();
            serverCpu = server.cpuNanos() - serverCpu;
            Matcher summary = SUMMARY.matcher(output);
            if (!summary.find()) {
                throw new IllegalStateException("wrk said:\n" + output);
            }
            // Clock ticks of 10 ms (USER_HZ 100 on Linux), read by the script from /proc/self/stat.
            long clientCpu = Long.parseLong(summary.group(7)) * 10_000_000L;
            return new Step(server.name, Long.parseLong(summary.group(1)), Long.parseLong(summary.group(2)) / 1e6,
                    Long.parseLong(summary.group(4)) / 1e3, Long.parseLong(summary.group(5)) / 1e3,
                    Long.parseLong(summary.group(6)) / 1e3, Long.parseLong(summary.group(3)), serverCpu, clientCpu,
                    load);
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

    /**
     * readFacts + evaluate + writeAdviceLine on this many threads for this long, as the service does them (the facts
     * read from the body's bytes, the advice written as one line of UTF-8 into a buffer); how many were done.
     */
    private static long inProcess(CoachingEngine engine, List<String> clients, int threads, int seconds)
            throws InterruptedException {
        List<byte[]> bodies = clients.stream().map(c -> c.getBytes(StandardCharsets.UTF_8)).toList();
        AtomicLong count = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread worker = new Thread(() -> {
                int i = first;
                long sink = 0;
                ByteArrayOutputStream advice = new ByteArrayOutputStream(8192);
                while (System.nanoTime() < end) {
                    advice.reset();
                    try {
                        CoachingJson.writeAdviceLine(engine.evaluate(CoachingJson.readFacts(
                                new ByteArrayInputStream(bodies.get(i++ % bodies.size())))), advice);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    sink += advice.size();
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
