package org.coachlogic.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;

import org.coachlogic.Advice;
import org.coachlogic.Recommendation;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The service's metrics in the Prometheus text format (Prometheus client_java). Labels carry routes, status
 * codes, priorities and outcomes, never anything from a request body.
 */
final class Metrics {

    // The metrics counted on every request take no exemplars (the text format does not show them, and sampling
    // them looks for a trace on each call) and the latency histogram keeps only its classic buckets (a native
    // histogram is not in the text format either): both cost time on the request's thread for nothing scraped.

    /** The status codes' label values, made once rather than a string per request. */
    private static final String[] STATUSES = IntStream.range(0, 600).mapToObj(Integer::toString)
            .toArray(String[]::new);

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    private final Counter requests = Counter.builder().name("coachlogic_http_requests")
            .help("HTTP requests answered, by method, route and status").labelNames("method", "route", "status")
            .withoutExemplars().register(registry);
    private final Histogram latency = Histogram.builder().name("coachlogic_http_request_duration_seconds")
            .help("Time to answer an HTTP request, by route").labelNames("route")
            .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5)
            .classicOnly().withoutExemplars().register(registry);
    private final Counter evaluations = Counter.builder().name("coachlogic_evaluations")
            .help("Evaluations, by the highest priority in the advice (NONE when there was no recommendation)")
            .labelNames("priority").withoutExemplars().register(registry);
    private final Counter errors = Counter.builder().name("coachlogic_errors")
            .help("Requests that failed on the service's side or were turned away, by kind").labelNames("kind")
            .withoutExemplars().register(registry);
    private final Counter reloads = Counter.builder().name("coachlogic_pack_reloads")
            .help("Pack reloads, by outcome (swapped or refused)").labelNames("outcome").register(registry);
    private final Counter feedback = Counter.builder().name("coachlogic_cds_feedback")
            .help("CDS Hooks card feedback, by outcome (accepted or overridden)").labelNames("outcome")
            .register(registry);

    Metrics(DoubleSupplier queued) {
        GaugeWithCallback.builder().name("coachlogic_evaluations_queued")
                .help("Evaluations waiting for a worker").callback(cb -> cb.call(queued.getAsDouble()))
                .register(registry);
    }

    void request(String method, String route, int status, double seconds) {
        requests.labelValues(method, route, status >= 0 && status < STATUSES.length ? STATUSES[status]
                : Integer.toString(status)).inc();
        latency.labelValues(route).observe(seconds);
    }

    void evaluated(Advice advice) {
        List<Recommendation> recommendations = advice.recommendations();
        evaluations.labelValues(recommendations.isEmpty() ? "NONE" : recommendations.get(0).priority().name()).inc();
    }

    void error(String kind) {
        errors.labelValues(kind).inc();
    }

    void reload(boolean swapped) {
        reloads.labelValues(swapped ? "swapped" : "refused").inc();
    }

    void feedback(String outcome) {
        feedback.labelValues(outcome).inc();
    }

    String contentType() {
        return writer.getContentType();
    }

    byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out, registry.scrape(), EscapingScheme.ALLOW_UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
