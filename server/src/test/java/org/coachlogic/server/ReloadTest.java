package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadTest {

    @TempDir
    Path folder;

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Polls until the condition holds; the bound only keeps a broken build from hanging. */
    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(200);
        }
        assertThat(condition.getAsBoolean()).as("condition reached").isTrue();
    }

    @Test
    void changedPackIsSwappedInAndABrokenOneKeptOutWhileRequestsKeepSucceeding() throws Exception {
        // GIVEN a service watching a copy of the vendor pack, and a client posting advice requests all along
        Path pack = folder.resolve("pack");
        copy(Service.root().resolve("examples/vendor-pack"), pack);
        try (Service service = Service.start(ServerSettings.defaults().withPacks(List.of(pack), true))) {
            String facts = Service.read(Service.root().resolve("examples/clients/chronic-pain.json"));
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
                while (running.get()) {
                    if (service.postJson("/v1/advice", facts).statusCode() == 200) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
            });
            String before = Service.json(service.get("/v1/rule-set")).path("fingerprint").asText();

            // WHEN a text of the pack changes
            Files.writeString(pack.resolve("messages.properties"), "\nnorthside.sleep-stress-workshop.summary="
                    + "Join our sleep and stress workshop on Thursday evenings.\n", StandardOpenOption.APPEND);

            // THEN the new rule set is swapped in
            eventually(() -> !Service.json(service.get("/v1/rule-set")).path("fingerprint").asText()
                    .equals(before));
            String swapped = Service.json(service.get("/v1/rule-set")).path("fingerprint").asText();

            // WHEN the pack breaks
            Files.writeString(pack.resolve("northside.drl"), "\nrule \"broken\" when then oops(; end\n",
                    StandardOpenOption.APPEND);

            // THEN readiness shows the errors and the previous rule set stays
            eventually(() -> Service.json(service.get("/health/ready")).path("reload").path("errors").size() > 0);
            assertThat(Service.json(service.get("/v1/rule-set")).path("fingerprint").asText()).isEqualTo(swapped);
            assertThat(service.get("/health/ready").body()).contains("northside.drl");
            running.set(false);
            load.get();

            // AND no request failed at any time
            assertThat(failed.get()).isZero();
            assertThat(ok.get()).isPositive();
            assertThat(service.get("/metrics").body())
                    .contains("coachlogic_pack_reloads_total{outcome=\"swapped\"}")
                    .contains("coachlogic_pack_reloads_total{outcome=\"refused\"}");
        }
    }
}
