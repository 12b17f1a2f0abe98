package org.coachlogic.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.ValidatableResponse;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.ValidatableRequestImpl;

/**
 * The document at /openapi.json, read by Vert.x OpenAPI (which checks it is valid OpenAPI 3.1), against real
 * requests and the service's real responses. Vert.x OpenAPI 5 knows no {@code application/problem+json}
 * (only JSON, vendor {@code +json} types, text, multipart and octet streams), so this test reads that media type
 * as {@code application/json}, in the document and in the responses alike; the schemas are checked unchanged.
 */
class OpenApiTest {

    private static Service service;
    private static Vertx vertx;
    private static OpenAPIContract contract;

    @BeforeAll
    static void start() throws Exception {
        service = Service.start();
        vertx = Vertx.vertx();
        contract = await(OpenAPIContract.from(vertx, new JsonObject(asJson(service.get("/openapi.json").body()))));
    }

    @AfterAll
    static void stop() {
        vertx.close();
        service.close();
    }

    private static String asJson(String text) {
        return text.replace(Problem.MEDIA_TYPE, "application/json");
    }

    private static <T> T await(Future<T> future) throws Exception {
        try {
            return future.toCompletionStage().toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static String client(String name) {
        return Service.read(Service.root().resolve("examples/clients/" + name));
    }

    /** Validates a real response against the operation's declared responses. */
    private static void assertConforms(String operationId, HttpResponse<String> response) throws Exception {
        Map<String, String> headers = new HashMap<>();
        for (String name : List.of("Content-Type", "Retry-After", CoachServer.FINGERPRINT_HEADER)) {
            response.headers().firstValue(name).ifPresent(v -> headers.put(name, asJson(v)));
        }
        String contentType = response.headers().firstValue("Content-Type").map(OpenApiTest::asJson).orElse(null);
        await(ResponseValidator.create(vertx, contract).validate(ValidatableResponse.create(response.statusCode(),
                headers, Buffer.buffer(response.body()), contentType), operationId));
    }

    @Test
    void everyOperationsRealResponsesConformToTheDocument() throws Exception {
        assertConforms("advise", service.postJson("/v1/advice", client("red-flags.json")));
        assertConforms("advise", service.postJson("/v1/advice?locale=de", client("chronic-pain.json")));
        assertConforms("advise", service.postJson("/v1/advice", "{\"client\":{\"age\":5}}"));
        assertConforms("advise", service.post("/v1/advice", "text/plain", "x"));
        assertConforms("listRules", service.get("/v1/rules"));
        assertConforms("listParameters", service.get("/v1/parameters"));
        assertConforms("ruleSet", service.get("/v1/rule-set"));
        assertConforms("live", service.get("/health/live"));
        assertConforms("ready", service.get("/health/ready"));
        assertConforms("cdsDiscovery", service.get("/cds-services"));
        assertConforms("cdsService", service.postJson(CdsHooksTest.SERVICE, CdsHooksTest.request("cauda-equina")));
        assertConforms("cdsService", service.postJson(CdsHooksTest.SERVICE, "{\"hook\":\"x\"}"));
        assertConforms("cdsFeedback", service.postJson(CdsHooksTest.SERVICE + "/feedback",
                "{\"feedback\":[{\"card\":\"c\",\"outcome\":\"accepted\"}]}"));
    }

    @Test
    void exampleRequestsConformToTheDocument() throws Exception {
        RequestValidator validator = RequestValidator.create(vertx, contract);
        for (var file : Service.exampleClients()) {
            Map<String, RequestParameter> query = Map.of("locale", new RequestParameterImpl("de"));
            await(validator.validate(new ValidatableRequestImpl(Map.of(), Map.of(), Map.of(), query,
                    new RequestParameterImpl(Buffer.buffer(Service.read(file))), "application/json"), "advise"));
        }
    }

    @Test
    void aResponseThatBreaksTheDocumentIsCaught() {
        String broken = "{\"complete\":true,\"recommendations\":[],\"suppressed\":[],\"ruleSet\":{\"name\":\"x\","
                + "\"version\":\"1\"}}";

        assertThatThrownBy(() -> await(ResponseValidator.create(vertx, contract).validate(ValidatableResponse.create(
                200, Map.of("Content-Type", "application/json"), Buffer.buffer(broken), "application/json"),
                "advise"))).hasMessageContaining("assessments");
    }

    @Test
    void documentDeclaresOpenApi31() {
        assertThat(contract.getVersion().toString()).contains("3_1");
    }
}
