package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service over TLS from a configured PKCS12 keystore: a real key pair and self-signed certificate made by
 * the JDK's {@code keytool}, a real HTTPS client that trusts only that certificate.
 */
class TlsTest {

    private static final String PASSWORD = "changeit-test-only";

    @TempDir
    static Path folder;
    private static Path keystore;
    private static Service service;
    private static HttpClient https;

    @BeforeAll
    static void start() throws Exception {
        keystore = folder.resolve("coach.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "coach", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool finished: %s", output).isTrue();
        assertThat(keytool.exitValue()).as("keytool: %s", output).isZero();

        service = Service.start(ServerSettings.defaults().withTls(keystore, PASSWORD));
        https = HttpClient.newBuilder().sslContext(trusting(keystore)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static SSLContext trusting(Path store) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    @Test
    void theServiceSpeaksHttpsWithTheConfiguredCertificate() throws Exception {
        // WHEN a red-flag client is posted over HTTPS
        HttpResponse<String> response = https.send(HttpRequest.newBuilder(URI.create(service.url("/v1/advice")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"client": {"age": 50, "experience": "NOVICE"}, "redFlags": ["SADDLE_NUMBNESS"]}"""))
                .build(), HttpResponse.BodyHandlers.ofString());

        // THEN the base URL is https and the urgent referral comes first
        assertThat(service.server.baseUrl()).startsWith("https://");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Service.json(response).at("/recommendations/0/priority").asText()).isEqualTo("URGENT");
    }

    @Test
    void plainHttpOnTheTlsPortGetsNoAdvice() {
        // GIVEN the same port, spoken to in plain HTTP
        String plain = service.url("/health/live").replaceFirst("^https:", "http:");

        // WHEN / THEN no plain-HTTP answer comes back with health data or anything else usable
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        assertThatThrownBy(() -> {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(plain))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("a plain-HTTP answer on the TLS port").isNotEqualTo(200);
            throw new IOException("refused with " + response.statusCode());
        }).isInstanceOf(IOException.class);
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateCannotConnect() {
        // GIVEN a client with the JDK's default trust store, which does not hold the self-signed certificate
        HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        // THEN the handshake fails
        assertThatThrownBy(() -> untrusting.send(HttpRequest.newBuilder(URI.create(service.url("/health/live")))
                .GET().build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    }
}
