package org.coachlogic.internal.json;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import org.apiguardian.api.API;

import org.coachlogic.Advice;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.facts.ClientFacts;

/**
 * Binds the contract types to a host's own {@code ObjectMapper} (Spring Boot's, for one), whatever its
 * features: the public records name these classes in {@code @JsonDeserialize} and {@code @JsonSerialize},
 * and they delegate to the codec, so that reading and writing through any mapper is exactly
 * {@code CoachingJson}. Not part of the API: public only because the annotations must reach them.
 */
@API(status = INTERNAL, since = "0.1")
public final class Binding {

    private Binding() {
    }

    /**
     * Reads {@link ClientFacts} as strictly as {@code CoachingJson.readFacts}. Every problem is listed, each
     * with its path from the facts object; the {@link InvalidFactsException} is the thrown exception's cause.
     */
    @API(status = INTERNAL, since = "0.1")
    public static final class FactsDeserializer extends JsonDeserializer<ClientFacts> {
        @Override
        public ClientFacts deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return FactsReader.read(parser);
            } catch (InvalidFactsException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }

    /** Writes {@link ClientFacts} as the input contract, as {@code CoachingJson.writeFacts} does. */
    @API(status = INTERNAL, since = "0.1")
    public static final class FactsSerializer extends JsonSerializer<ClientFacts> {
        @Override
        public void serialize(ClientFacts facts, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeTree(FactsWriter.tree(facts));
        }
    }

    /** Writes {@link Advice} as the output contract, properties in contract order, whatever the mapper's features. */
    @API(status = INTERNAL, since = "0.1")
    public static final class AdviceSerializer extends JsonSerializer<Advice> {
        @Override
        public void serialize(Advice advice, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            AdviceJson.write(advice, generator);
        }
    }

    /** Reads {@link Advice} as strictly as {@code CoachingJson.readAdvice}. */
    @API(status = INTERNAL, since = "0.1")
    public static final class AdviceDeserializer extends JsonDeserializer<Advice> {
        @Override
        public Advice deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = parser.readValueAsTree();
            try {
                return AdviceJson.read(tree);
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }
}
