package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;

class AuthenticationTest {

    private static final String API_KEY = "k-3b1f0c7e-test-only";
    private static final Tokens TOKENS = new Tokens();

    @TempDir
    static Path folder;
    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start(ServerSettings.defaults().withAuth(Set.of(API_KEY),
                Map.of(Tokens.ISSUER, TOKENS.jwksFile(folder).toString()), null));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static String cdsUrl() {
        return service.url("/cds-services/" + CdsHooks.SERVICE_ID);
    }

    private static HttpResponse<String> callCds(String token) {
        return service.postJson("/cds-services/" + CdsHooks.SERVICE_ID, CdsHooksTest.request("desk-worker"),
                "Authorization", "Bearer " + token);
    }

    @Test
    void tokenSignedByTheTrustedIssuerIsAccepted() {
        assertThat(callCds(TOKENS.es384(Tokens.claims(cdsUrl()).build())).statusCode()).isEqualTo(200);
        assertThat(callCds(TOKENS.rs384(Tokens.claims(cdsUrl()).build())).statusCode()).isEqualTo(200);
    }

    @Test
    void forgedTokenIsRefused() {
        HttpResponse<String> response = callCds(Tokens.forged(Tokens.claims(cdsUrl()).build()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void symmetricAndUnsignedTokensAreRefused() {
        assertThat(callCds(Tokens.hmac(Tokens.claims(cdsUrl()).build())).statusCode()).isEqualTo(401);
        assertThat(callCds(Tokens.unsigned(Tokens.claims(cdsUrl()).build())).statusCode()).isEqualTo(401);
        assertThat(callCds("not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void tokenForAnotherEndpointIsRefused() {
        String token = TOKENS.es384(Tokens.claims(service.url("/cds-services/other")).build());

        assertThat(callCds(token).statusCode()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(600);
        String token = TOKENS.es384(Tokens.claims(cdsUrl()).issueTime(Date.from(past.minusSeconds(60)))
                .expirationTime(Date.from(past)).build());

        assertThat(callCds(token).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenLivingLongerThanFiveMinutesIsRefused() {
        String token = TOKENS.es384(Tokens.claims(cdsUrl())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build());

        assertThat(callCds(token).statusCode()).isEqualTo(401);
    }

    @Test
    void replayedTokenIsRefused() {
        String token = TOKENS.es384(Tokens.claims(cdsUrl()).build());

        assertThat(callCds(token).statusCode()).isEqualTo(200);
        assertThat(callCds(token).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenWithoutJtiOrFromAnUnknownIssuerIsRefused() {
        assertThat(callCds(TOKENS.es384(Tokens.claims(cdsUrl()).jwtID(null).build())).statusCode()).isEqualTo(401);
        assertThat(callCds(TOKENS.es384(Tokens.claims(cdsUrl()).issuer("https://other.example").build()))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void cdsCallWithoutTokenIsRefused() {
        assertThat(service.postJson("/cds-services/" + CdsHooks.SERVICE_ID, CdsHooksTest.request("desk-worker"))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void jsonApiTakesTheApiKeyOrATokenAndNothingElse() {
        String facts = Service.read(Service.root().resolve("examples/clients/athlete.json"));

        assertThat(service.postJson("/v1/advice", facts, CoachServer.API_KEY_HEADER, API_KEY).statusCode())
                .isEqualTo(200);
        assertThat(service.postJson("/v1/advice", facts, "Authorization",
                "Bearer " + TOKENS.es384(Tokens.claims(service.url("/v1/advice")).build())).statusCode())
                .isEqualTo(200);
        assertThat(service.postJson("/v1/advice", facts, CoachServer.API_KEY_HEADER, API_KEY + "x").statusCode())
                .isEqualTo(401);
        assertThat(service.postJson("/v1/advice", facts).statusCode()).isEqualTo(401);
        assertThat(service.get("/v1/rules").statusCode()).isEqualTo(401);
    }

    @Test
    void discoveryHealthAndSchemasNeedNoCredentials() {
        assertThat(service.get("/cds-services").statusCode()).isEqualTo(200);
        assertThat(service.get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(service.get("/schemas/facts.schema.json").statusCode()).isEqualTo(200);
        assertThat(service.get("/openapi.json").statusCode()).isEqualTo(200);
    }

    @Test
    void keysCanComeFromAJwksUrl() throws IOException {
        // GIVEN the issuer's JWKS served over HTTP on loopback
        byte[] jwks = Files.readAllBytes(TOKENS.jwksFile(folder));
        HttpServer keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keys.createContext("/jwks.json", exchange -> {
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        keys.start();
        String jwksUrl = "http://127.0.0.1:" + keys.getAddress().getPort() + "/jwks.json";
        try (Service fromUrl = Service.start(ServerSettings.defaults().withAuth(Set.of(),
                Map.of(Tokens.ISSUER, jwksUrl), null))) {
            String url = fromUrl.url("/cds-services/" + CdsHooks.SERVICE_ID);

            // WHEN a signed and a forged token are sent
            HttpResponse<String> signed = fromUrl.postJson("/cds-services/" + CdsHooks.SERVICE_ID,
                    CdsHooksTest.request("desk-worker"), "Authorization",
                    "Bearer " + TOKENS.es384(Tokens.claims(url).build()));
            HttpResponse<String> forged = fromUrl.postJson("/cds-services/" + CdsHooks.SERVICE_ID,
                    CdsHooksTest.request("desk-worker"), "Authorization",
                    "Bearer " + Tokens.forged(Tokens.claims(url).build()));

            // THEN the keys fetched from the URL accept the one and refuse the other
            assertThat(signed.statusCode()).isEqualTo(200);
            assertThat(forged.statusCode()).isEqualTo(401);
        } finally {
            keys.stop(0);
        }
    }

    @Test
    void noAuthenticationWithoutTheDevelopmentFlagIsRefusedAtStart() {
        ServerSettings open = ServerSettings.defaults();

        assertThatThrownBy(() -> new ServerSettings(open.host(), 0, open.packs(), open.locale(), open.parameters(),
                false, false, Set.of(), Map.of(), null, null, null, 1, 1, 1024, open.idleTimeout(),
                open.shutdownGrace())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--dev-no-auth");
    }
}
