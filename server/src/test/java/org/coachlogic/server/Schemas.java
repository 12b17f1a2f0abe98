package org.coachlogic.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON Schemas of docs/schemas, loaded by networknt's json-schema-validator (draft 2020-12). */
final class Schemas {

    /**
     * Reads JSON as strictly as JSON itself: a duplicate property or trailing content is not JSON a schema can
     * judge; decimals stay exact, so that a fraction too small for a double still counts.
     */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    static final JsonSchema FACTS = load("facts.schema.json");
    static final JsonSchema ADVICE = load("advice.schema.json");

    private Schemas() {
    }

    static Path file(String name) {
        return Service.root().resolve("docs/schemas/" + name);
    }

    private static JsonSchema load(String name) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try {
            return factory.getSchema(new ObjectMapper().readTree(Service.read(file(name))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Beyond BigDecimal's range (1e999999999999) a number is read as a double, which is then infinite. */
    static final ObjectMapper STRICT_DOUBLES = STRICT.copy()
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static JsonNode readStrict(String json) {
        try {
            try {
                return STRICT.readTree(json);
            } catch (NumberFormatException e) {
                return STRICT_DOUBLES.readTree(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The contract paths of a schema's errors, spelled as the codec spells them: a missing or unknown property
     * is named at the property, not at the object that lacks or has it.
     */
    static Set<String> paths(JsonSchema schema, JsonNode document) {
        Set<String> paths = new LinkedHashSet<>();
        for (ValidationMessage message : schema.validate(document)) {
            String at = message.getInstanceLocation().toString();
            String type = message.getType();
            if ("uniqueItems".equals(type)) {
                at = at + "[" + firstRepeat(document.at(pointer(message))) + "]";
            } else if (("required".equals(type) || "additionalProperties".equals(type)) && message.getProperty() != null) {
                at = at + "." + message.getProperty();
            }
            paths.add(at);
        }
        return paths;
    }

    private static com.fasterxml.jackson.core.JsonPointer pointer(ValidationMessage message) {
        return com.fasterxml.jackson.core.JsonPointer.compile(message.getInstanceLocation().toString()
                .replaceFirst("^\\$", "").replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
    }

    /** The index of the first element equal to an earlier one, where the codec reports a repeated value. */
    private static int firstRepeat(JsonNode array) {
        for (int i = 1; i < array.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (array.get(i).equals(array.get(j))) {
                    return i;
                }
            }
        }
        return -1;
    }
}
