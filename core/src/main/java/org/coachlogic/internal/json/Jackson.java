package org.coachlogic.internal.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.coachlogic.Violation;

/**
 * The one place Jackson is configured: a strict parser to a tree, and a deterministic pretty printer. The
 * codec, the rule base's and packs' descriptors ({@code pack.json}, {@code parameters.json},
 * {@code sources.json}) and the rules JSON all go through it. Parse failures become a {@link Violation} in
 * our own words, never Jackson's class or feature names.
 */
final class Jackson {

    static final int MAX_DOCUMENT_BYTES = 1 << 20;
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 10_000;
    static final int MAX_NUMBER_LENGTH = 50;
    static final int MAX_NAME_LENGTH = 1_000;
    /**
     * Client facts that use every field of the contract take about 150 tokens; the budget keeps a 1 MB
     * document of tiny values ({@code [{},{},...]}) from becoming a tree of a few hundred thousand nodes.
     */
    static final int MAX_FACTS_TOKENS = 10_000;

    private static final String TRAILING = "has more content after the end of the JSON document";

    /** Reads client facts, which come from anyone: every limit applies. */
    private static final ObjectMapper FACTS_MAPPER = mapper(MAX_FACTS_TOKENS);
    /**
     * The same limits without the token budget: reads advice, which this codec wrote and which may be long,
     * and locates problems, which reads a stream of tokens and builds no tree.
     */
    private static final ObjectMapper MAPPER = mapper(0);
    /**
     * Client facts for {@link ValidFactsReader}: the same parser without Jackson's duplicate detection (a set of
     * names per object), since that reader keeps a bit per property and gives up on a repeated one.
     */
    private static final JsonFactory VALID_FACTS = FACTS_MAPPER.getFactory().rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static ObjectMapper mapper(long maxTokens) {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                                .maxNestingDepth(MAX_NESTING_DEPTH)
                                .maxStringLength(MAX_STRING_LENGTH)
                                .maxNumberLength(MAX_NUMBER_LENGTH)
                                .maxNameLength(MAX_NAME_LENGTH)
                                .maxTokenCount(maxTokens) // 0: no limit
                                .build())
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                        // one feature per call: in jackson-core 2.18.2, disable(first, other...) disables the
                        // first and *enables* the others, which let comments and single quotes through
                        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
                        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
                        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                        .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                        .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
                        .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
                        .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
                        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                        .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                        // a character outside the BMP as its four UTF-8 bytes, as a String writer gives it, not
                        // as two escaped surrogates: advice written to a stream is the same bytes as written to text
                        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                        .build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // exact decimals, so that 4.0000000000000001 is seen as a fraction and not as 4
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private Jackson() {
    }

    static Violation tooLarge() {
        return new Violation(JsonPaths.ROOT, "is larger than the limit of 1 MB (" + MAX_DOCUMENT_BYTES + " bytes)");
    }

    static String tooManyTokens() {
        return "has more than " + MAX_FACTS_TOKENS + " JSON tokens (names, values and brackets);"
                + " client facts need a few hundred at most";
    }

    /**
     * Parses client facts to a tree whose numbers keep their text as written; on failure records one
     * violation and returns null.
     */
    static JsonNode parseFacts(byte[] json, Problems problems) {
        return parse(FACTS_MAPPER, json, problems, true);
    }

    /** A parser of client facts for {@link ValidFactsReader}, with every limit of {@link #parseFacts}. */
    static JsonParser validFactsParser(byte[] json) throws IOException {
        return VALID_FACTS.createParser(json);
    }

    /** Parses advice to a tree; on failure records one violation and returns null. */
    static JsonNode parseAdvice(byte[] json, Problems problems) {
        return parse(MAPPER, json, problems, false);
    }

    /** Parses a descriptor to a tree; on failure records one violation and returns null. */
    static JsonNode parseDescriptor(byte[] json, Problems problems) {
        return parse(MAPPER, json, problems, false);
    }

    /**
     * Where each value of a readable text starts, by JSON path, as {line, column}; for a property, where its
     * name starts, so that a problem with a key or its value points at the key. Empty if the text cannot be
     * read (its problem is reported with its position already).
     */
    static Map<String, int[]> positions(byte[] json) {
        Map<String, int[]> positions = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructEnd()) {
                    continue;
                }
                JsonStreamContext context = token.isStructStart() ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                JsonLocation at = parser.currentTokenLocation();
                positions.putIfAbsent(path(context), new int[] {at.getLineNr(), at.getColumnNr()});
            }
        } catch (IOException | NumberFormatException e) {
            return Map.of();
        }
        return positions;
    }

    /**
     * Places a problem found in a text right after {@code prefix} (its UTF-8 bytes up to the problem): at
     * the JSON path the parser has reached there. If the prefix breaks the contract itself, that earlier
     * problem is the one returned.
     */
    static Violation violationAfter(byte[] prefix, String message) {
        try (JsonParser parser = MAPPER.createParser(prefix)) {
            try {
                while (parser.nextToken() != null) {
                    // reads up to the problem
                }
            } catch (JsonEOFException e) {
                // the prefix stops inside a value, a name or an unclosed object or array: the problem is there
            } catch (JsonProcessingException | NumberFormatException e) {
                return parseProblem(e, parser);
            }
            return new Violation(path(parser.getParsingContext()), message + where(prefix));
        } catch (IOException e) {
            return new Violation(JsonPaths.ROOT, message);
        }
    }

    private static JsonNode parse(ObjectMapper mapper, byte[] json, Problems problems, boolean asWritten) {
        if (json.length > MAX_DOCUMENT_BYTES) {
            add(problems, tooLarge());
            return null;
        }
        Encoding.Problem encoding = Encoding.check(json);
        if (encoding != null) {
            add(problems, encoding.atStart() ? new Violation(JsonPaths.ROOT, encoding.message())
                    : violationAfter(Arrays.copyOf(json, encoding.offset()), encoding.message()));
            return null;
        }
        // UTF-8 from here on: without zero bytes or a byte order mark, Jackson detects nothing else
        try (JsonParser parser = mapper.createParser(json)) {
            try {
                if (asWritten) {
                    JsonNode root = TokenTree.read(parser, problems);
                    if (root != null && parser.nextToken() != null) {
                        problems.add(JsonPaths.ROOT, TRAILING + where(parser.currentLocation()));
                        return null;
                    }
                    return root;
                }
                JsonNode root = mapper.readTree(parser);
                if (root == null || root.isMissingNode()) {
                    problems.add(JsonPaths.ROOT, "is empty; expected a JSON object");
                    return null;
                }
                return root;
            } catch (JsonProcessingException | NumberFormatException e) {
                add(problems, parseProblem(e, parser));
                return null;
            }
        } catch (IOException e) {
            problems.add(JsonPaths.ROOT, "cannot be read as JSON text in UTF-8");
            return null;
        }
    }

    private static void add(Problems problems, Violation violation) {
        problems.add(violation.path(), violation.message());
    }

    private static Violation parseProblem(Exception e, JsonParser parser) {
        if (e instanceof JsonProcessingException processing) {
            String message = describe(processing);
            String path = message.startsWith(TRAILING) ? JsonPaths.ROOT : path(parser.getParsingContext());
            return new Violation(path, message + where(processing.getLocation() != null
                    ? processing.getLocation() : parser.currentLocation()));
        }
        // a NumberFormatException is thrown past Jackson's own exceptions for numbers like 1e999999999999
        return new Violation(path(parser.getParsingContext()),
                "is a number too large or too small to read" + where(parser.currentLocation()));
    }

    /** Writes a tree pretty-printed: two-space indent, {@code "key": value}, {@code \n}, a final newline. */
    static String write(JsonNode tree) {
        try {
            return PRETTY.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e); // a tree of plain nodes always writes
        }
    }

    /** Writes a tree on one line, without spaces, ending with {@code \n}: a line of JSON Lines. */
    static String writeLine(JsonNode tree) {
        try {
            return COMPACT.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e); // a tree of plain nodes always writes
        }
    }

    /** Writes one JSON value to a generator. */
    @FunctionalInterface
    interface Writing {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    /** Writes what {@code writing} writes pretty-printed, as {@link #write(JsonNode)} writes a tree. */
    static String write(Writing writing) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            generator.setPrettyPrinter(prettyPrinter());
            writing.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to a string", e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    /** Writes what {@code writing} writes on one line, as {@link #writeLine(JsonNode)} writes a tree. */
    static String writeLine(Writing writing) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            writing.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to a string", e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    /**
     * Writes what {@code writing} writes on one line to a stream in UTF-8, then {@code \n}; the same bytes as
     * {@link #writeLine(Writing)} encoded. Flushes the stream, never closes it.
     */
    static void writeLine(Writing writing, OutputStream out) throws IOException {
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            writing.writeTo(generator);
            generator.writeRaw('\n');
        }
    }

    /** The UTF-8 bytes of what {@code writing} writes with the generator of {@link #writeLine(Writing, OutputStream)}. */
    static byte[] writeCompactUtf8(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            writing.writeTo(generator);
        }
        return out.toByteArray();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEntrySpacing(Separators.Spacing.NONE)
                .withArrayValueSpacing(Separators.Spacing.NONE)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("")
                .withRootSeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (original.startsWith("Number value length")) {
                return "is a number longer than " + MAX_NUMBER_LENGTH + " characters";
            }
            if (original.startsWith("Document nesting depth")) {
                return "is nested more than " + MAX_NESTING_DEPTH + " levels deep";
            }
            if (original.startsWith("String value length")) {
                return "is a string longer than " + MAX_STRING_LENGTH + " characters";
            }
            if (original.startsWith("Name length")) {
                return "has a property name longer than " + MAX_NAME_LENGTH + " characters";
            }
            if (original.startsWith("Document length")) {
                return tooLarge().message();
            }
            if (original.startsWith("Token count")) {
                return tooManyTokens();
            }
            return "exceeds a size limit";
        }
        if (original.startsWith("Duplicate field")) {
            return "is a duplicate property; each property may appear only once";
        }
        if (original.startsWith("Trailing token")) {
            return TRAILING;
        }
        if (original.startsWith("Non-standard token")) {
            int start = original.indexOf('\'');
            int end = original.indexOf('\'', start + 1);
            String token = start >= 0 && end > start ? original.substring(start + 1, end) : "the value";
            return "is " + token + ", which is not a JSON number; numbers must be finite";
        }
        return "is not valid JSON: " + plain(original);
    }

    /** Jackson's own wording, without its source excerpts and the names of its classes and features. */
    private static String plain(String message) {
        String text = message;
        int source = text.indexOf("[Source:");
        if (source >= 0) {
            int open = text.lastIndexOf(" (", source);
            text = text.substring(0, open >= 0 ? open : source);
        }
        int tick = text.indexOf('`');
        if (tick >= 0) {
            int colon = text.lastIndexOf(':', tick);
            text = text.substring(0, colon >= 0 ? colon : tick);
        }
        int feature = text.indexOf("Feature");
        if (feature >= 0) {
            int open = text.lastIndexOf(" (", feature);
            text = text.substring(0, open >= 0 ? open : feature);
        }
        text = text.strip();
        if (text.isEmpty()) {
            return "unexpected content";
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The line and column of the byte right after {@code prefix}, counted as Jackson counts them. */
    private static String where(byte[] prefix) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length; i++) {
            if (prefix[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return " (line " + line + ", column " + (prefix.length - lineStart + 1) + ")";
    }

    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = JsonPaths.ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = JsonPaths.index(path, c.getCurrentIndex());
            } else if (c.getCurrentName() != null) {
                path = JsonPaths.child(path, c.getCurrentName());
            }
        }
        return path;
    }
}
