package org.coachlogic.internal.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.coachlogic.Violation;

/**
 * Builds a tree of client facts from the tokens of any parser: ours, or a host's {@code ObjectMapper}
 * with whatever features it has. The contract's limits (nesting, token count, string, name and number
 * lengths) and the ban on duplicate properties are checked here, so they hold whichever parser supplies
 * the tokens. Every number keeps the text it was written as ({@link Written}), so that ranges are checked
 * and values quoted as written, never as rounded.
 */
final class TokenTree {

    /** A number node that remembers its text as written. */
    interface Written {
        String written();
    }

    static final class WrittenDecimal extends DecimalNode implements Written {
        private static final long serialVersionUID = 1L;
        private final String written;

        WrittenDecimal(BigDecimal value, String written) {
            super(value);
            this.written = written;
        }

        @Override
        public String written() {
            return written;
        }
    }

    static final class WrittenInteger extends BigIntegerNode implements Written {
        private static final long serialVersionUID = 1L;
        private final String written;

        WrittenInteger(BigInteger value, String written) {
            super(value);
            this.written = written;
        }

        @Override
        public String written() {
            return written;
        }
    }

    /** A problem that ends reading: the tree cannot be trusted past it. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Violation violation;

        Stop(Violation violation) {
            super(null, null, false, false);
            this.violation = violation;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private int tokens;

    private TokenTree(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * Reads one value starting at the parser's current token (or its next one if there is none yet) and
     * leaves the parser on the value's last token. Returns null after adding one problem if a limit is
     * broken or a property repeats; parse errors of the parser itself are thrown.
     */
    static JsonNode read(JsonParser parser, Problems problems) throws IOException {
        if (!parser.hasCurrentToken() && parser.nextToken() == null) {
            problems.add(JsonPaths.ROOT, "is empty; expected a JSON object");
            return null;
        }
        try {
            TokenTree tree = new TokenTree(parser);
            tree.count();
            return tree.value(JsonPaths.ROOT, 0);
        } catch (Stop stop) {
            problems.add(stop.violation.path(), stop.violation.message());
            return null;
        }
    }

    private JsonNode value(String path, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                nest(path, depth);
                ObjectNode object = NODES.objectNode();
                while (next(path) == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String childPath = JsonPaths.child(path, name);
                    if (name.length() > Jackson.MAX_NAME_LENGTH) {
                        throw stop(path, "has a property name longer than " + Jackson.MAX_NAME_LENGTH + " characters");
                    }
                    if (object.has(name)) {
                        throw stop(childPath, "is a duplicate property; each property may appear only once");
                    }
                    next(childPath);
                    object.set(name, value(childPath, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                nest(path, depth);
                ArrayNode array = NODES.arrayNode();
                while (next(path) != JsonToken.END_ARRAY) {
                    array.add(value(JsonPaths.index(path, array.size()), depth + 1));
                }
                return array;
            }
            case VALUE_STRING -> {
                String text = parser.getText();
                if (text.length() > Jackson.MAX_STRING_LENGTH) {
                    throw stop(path, "is a string longer than " + Jackson.MAX_STRING_LENGTH + " characters");
                }
                return NODES.textNode(text);
            }
            case VALUE_NUMBER_INT -> {
                String text = numberText(path);
                return new WrittenInteger(parser.getBigIntegerValue(), text);
            }
            case VALUE_NUMBER_FLOAT -> {
                if (parser.isNaN()) {
                    throw stop(path, "is " + parser.getText() + ", which is not a JSON number; numbers must be finite");
                }
                String text = numberText(path);
                BigDecimal decimal;
                try {
                    decimal = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    decimal = parser.getDecimalValue(); // a host's buffered parser may give another form
                }
                return new WrittenDecimal(decimal, text);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw stop(path, "is not a JSON value that client facts can hold");
        }
    }

    private String numberText(String path) throws IOException {
        String text = parser.getText();
        if (text.length() > Jackson.MAX_NUMBER_LENGTH) {
            throw stop(path, "is a number longer than " + Jackson.MAX_NUMBER_LENGTH + " characters");
        }
        return text;
    }

    private JsonToken next(String path) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw stop(path, "ends before the end of the JSON document");
        }
        count();
        return token;
    }

    private void count() {
        if (++tokens > Jackson.MAX_FACTS_TOKENS) {
            throw stop(JsonPaths.ROOT, Jackson.tooManyTokens());
        }
    }

    private void nest(String path, int depth) {
        if (depth >= Jackson.MAX_NESTING_DEPTH) {
            throw stop(path, "is nested more than " + Jackson.MAX_NESTING_DEPTH + " levels deep");
        }
    }

    private Stop stop(String path, String message) {
        return new Stop(new Violation(path, message + Jackson.where(parser.currentLocation())));
    }
}
