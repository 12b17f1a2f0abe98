package org.coachlogic.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document served at {@code /openapi.json}: {@code openapi.json} on the class path, with the
 * facts and advice schemas (the files served under {@code /schemas/}, kept in docs/schemas) put into its
 * components, so there is one copy of each schema.
 */
final class OpenApi {

    private OpenApi() {
    }

    static String document() {
        ObjectNode document = (ObjectNode) resource("openapi.json");
        ObjectNode schemas = document.withObjectProperty("components").withObjectProperty("schemas");
        schemas.set("Facts", resource("public/schemas/facts.schema.json"));
        schemas.set("Advice", resource("public/schemas/advice.schema.json"));
        return Json.write(document);
    }

    static JsonNode resource(String name) {
        try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
