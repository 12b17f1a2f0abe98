package org.coachlogic.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.coachlogic.InvalidFactsException;
import org.coachlogic.Violation;

/**
 * Walks a JSON tree against a {@link Shape}, reading each value as its {@link Kind} and reporting every
 * problem to {@link Problems} with its path. A value with a problem reads as {@code null}, so that the
 * walk goes on and the caller can still build what it can.
 */
final class TreeReader {

    /** How to read one value; returns null after reporting a problem. */
    @FunctionalInterface
    interface Kind<T> {
        T read(TreeReader reader, JsonNode value, String path);
    }

    record Field(String name, boolean required, Kind<?> kind) {
    }

    static Field required(String name, Kind<?> kind) {
        return new Field(name, true, kind);
    }

    static Field optional(String name, Kind<?> kind) {
        return new Field(name, false, kind);
    }

    /** The properties an object may have, in contract order. */
    static final class Shape {

        private final Map<String, Field> fields = new LinkedHashMap<>();
        private final String names;

        private Shape(Field... fields) {
            for (Field field : fields) {
                this.fields.put(field.name(), field);
            }
            this.names = String.join(", ", this.fields.keySet());
        }

        static Shape of(Field... fields) {
            return new Shape(fields);
        }
    }

    /** The values read from one object; absent, null and unreadable values are all {@code null}. */
    static final class Values {

        private final Map<String, Object> values = new HashMap<>();
        /** For each decimal that no double holds exactly: the next double beyond it, away from its rounding. */
        private final Map<String, Double> beyondRounding = new HashMap<>();
        private boolean valid;

        @SuppressWarnings("unchecked")
        <T> T get(String name) {
            return (T) values.get(name);
        }

        /**
         * These values with every rounded decimal moved one step past the number as written: a range check
         * on them fails exactly when the written number is out of range, even if it rounds to the bound.
         */
        private Values beyondRounding() {
            Values beyond = new Values();
            beyond.values.putAll(values);
            beyond.values.putAll(beyondRounding);
            beyond.valid = valid;
            return beyond;
        }

        /** Whether the object and everything in it was read without a problem. */
        boolean valid() {
            return valid;
        }
    }

    static final Kind<Integer> WHOLE_NUMBER = TreeReader::wholeNumber;
    static final Kind<Double> NUMBER = TreeReader::number;
    static final Kind<Boolean> BOOLEAN = TreeReader::bool;
    static final Kind<String> STRING = TreeReader::string;

    static <E extends Enum<E>> Kind<E> enumOf(Class<E> type) {
        return (reader, value, path) -> reader.enumValue(value, path, type);
    }

    /** An array of distinct enum values, read as a set. */
    static <E extends Enum<E>> Kind<Set<E>> enumSetOf(Class<E> type) {
        return (reader, value, path) -> reader.enumSet(value, path, type);
    }

    /** An array; holds only the elements that were read without a problem. */
    static <T> Kind<List<T>> listOf(Kind<T> element) {
        return (reader, value, path) -> reader.list(value, path, element);
    }

    /** "A, B, C" for each enum, built once rather than for every value of a long array. */
    private static final ClassValue<String> ALLOWED = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
    };

    private final Problems problems;
    /** The text of every number read, by path, to quote it as written. */
    private final Map<String, String> written = new HashMap<>();
    /** Set by {@link #number} for the value just read: the double one step past it, or null if exact. */
    private Double lastBeyondRounding;

    TreeReader(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /**
     * Reads an object: every property in document order, unknown ones reported, then the missing required
     * ones. Returns null, after reporting it, if the value is not an object.
     */
    Values object(JsonNode node, String path, Shape shape) {
        if (!node.isObject()) {
            problems.add(path, "must be an object, was " + describe(node));
            return null;
        }
        int before = problems.count();
        Values values = new Values();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (problems.stopWalking()) {
                break;
            }
            String name = property.getKey();
            JsonNode value = property.getValue();
            String childPath = JsonPaths.child(path, name);
            problems.visit(childPath);
            Field field = shape.fields.get(name);
            if (field == null) {
                problems.add(childPath, "is not a known property; allowed: " + shape.names);
            } else if (value.isNull()) {
                if (field.required()) {
                    problems.add(childPath, "is required, was null");
                }
            } else {
                lastBeyondRounding = null;
                values.values.put(name, field.kind().read(this, value, childPath));
                if (lastBeyondRounding != null) {
                    values.beyondRounding.put(name, lastBeyondRounding);
                    lastBeyondRounding = null;
                }
            }
        }
        for (Field field : shape.fields.values()) {
            if (field.required() && !node.has(field.name())) {
                problems.add(JsonPaths.child(path, field.name()), "is required");
            }
        }
        values.valid = problems.count() == before;
        return values;
    }

    /**
     * Runs a record constructor, adding the violations it finds at paths not reported yet; returns null if
     * it refused.
     */
    <T> T construct(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidFactsException e) {
            problems.addUnreported(asWritten(e.violations()));
            return null;
        }
    }

    /**
     * Runs a record constructor on the values read, as {@link #construct(Supplier)} does; then, if a decimal
     * was rounded to fit a double, once more with it moved past the rounding, so that a number as written
     * just outside a range ({@code 24.0000000000000001}) is refused although it rounds to the bound.
     */
    <T> T construct(Values values, Function<Values, T> constructor) {
        T built = construct(() -> constructor.apply(values));
        if (built == null || values.beyondRounding.isEmpty()) {
            return built;
        }
        try {
            constructor.apply(values.beyondRounding());
            return built;
        } catch (InvalidFactsException e) {
            int before = problems.count();
            problems.addUnreported(asWritten(e.violations()));
            return problems.count() == before ? built : null;
        }
    }

    /** Violations whose message ends with a number the reader read, ending with that number as written. */
    private List<Violation> asWritten(List<Violation> violations) {
        List<Violation> quoted = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            String text = written.get(violation.path());
            int was = violation.message().lastIndexOf(", was ");
            quoted.add(text == null || was < 0 ? violation
                    : new Violation(violation.path(), violation.message().substring(0, was) + ", was " + text));
        }
        return quoted;
    }

    private Integer wholeNumber(JsonNode value, String path) {
        if (value.isNumber()) {
            written.put(path, numberText(value));
        }
        if (value.isIntegralNumber()) {
            if (value.canConvertToInt()) {
                return value.intValue();
            }
            problems.add(path, "is out of range, was " + numberText(value));
            return null;
        }
        if (value.isNumber()) {
            // a decimal such as 42.0 or 1e2 is whole; its size is checked before it is converted, so
            // that a value like 1e999999999 costs nothing
            BigDecimal decimal = value.decimalValue().stripTrailingZeros();
            if (decimal.scale() > 0) {
                problems.add(path, "must be a whole number, was " + numberText(value));
                return null;
            }
            if (decimal.precision() - decimal.scale() > 10 || decimal.toBigIntegerExact().bitLength() > 31) {
                problems.add(path, "is out of range, was " + numberText(value));
                return null;
            }
            return decimal.intValueExact();
        }
        problems.add(path, "must be a whole number, was " + describe(value));
        return null;
    }

    private Double number(JsonNode value, String path) {
        if (!value.isNumber()) {
            problems.add(path, "must be a number, was " + describe(value));
            return null;
        }
        written.put(path, numberText(value));
        double number = value.doubleValue();
        if (Double.isInfinite(number)) {
            problems.add(path, "is out of range, was " + numberText(value));
            return null;
        }
        int rounding = value.decimalValue().compareTo(new BigDecimal(number));
        if (rounding != 0) {
            lastBeyondRounding = rounding > 0 ? Math.nextUp(number) : Math.nextDown(number);
        }
        // a tiny negative number such as -1e-400 rounds to -0.0, which would be written back as 0 and read
        // as a different Double; zero has one sign here
        return number == 0.0 ? 0.0 : number;
    }

    private Boolean bool(JsonNode value, String path) {
        if (!value.isBoolean()) {
            problems.add(path, "must be true or false, was " + describe(value));
            return null;
        }
        return value.booleanValue();
    }

    private String string(JsonNode value, String path) {
        if (!value.isTextual()) {
            problems.add(path, "must be a string, was " + describe(value));
            return null;
        }
        String text = value.textValue();
        int unpaired = Encoding.unpairedSurrogate(text);
        if (unpaired >= 0) {
            // written as an escape such as \ud800: it has no UTF-8 form, so it could not be written back
            problems.add(path, Encoding.unpairedSurrogateMessage(text.charAt(unpaired)));
            return null;
        }
        return text;
    }

    private <E extends Enum<E>> E enumValue(JsonNode value, String path, Class<E> type) {
        E[] constants = type.getEnumConstants();
        String allowed = ALLOWED.get(type);
        if (!value.isTextual()) {
            problems.add(path, "must be one of " + allowed + ", was " + describe(value));
            return null;
        }
        String text = value.textValue();
        for (E constant : constants) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        String message = "must be one of " + allowed + ", was " + JsonPaths.quote(text);
        String normalized = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : constants) {
            if (constant.name().equals(normalized)) {
                message += "; did you mean \"" + constant.name() + "\"?";
            }
        }
        problems.add(path, message);
        return null;
    }

    private <E extends Enum<E>> Set<E> enumSet(JsonNode value, String path, Class<E> type) {
        if (!value.isArray()) {
            problems.add(path, "must be an array, was " + describe(value));
            return null;
        }
        Map<E, String> firstSeenAt = new EnumMap<>(type);
        for (int i = 0; i < value.size() && !problems.stopWalking(); i++) {
            String elementPath = JsonPaths.index(path, i);
            problems.visit(elementPath);
            E element = enumValue(value.get(i), elementPath, type);
            if (element != null) {
                String earlier = firstSeenAt.putIfAbsent(element, elementPath);
                if (earlier != null) {
                    problems.add(elementPath, "repeats \"" + element.name() + "\", already listed at " + earlier);
                }
            }
        }
        return firstSeenAt.isEmpty() ? Set.of() : EnumSet.copyOf(firstSeenAt.keySet());
    }

    private <T> List<T> list(JsonNode value, String path, Kind<T> elementKind) {
        if (!value.isArray()) {
            problems.add(path, "must be an array, was " + describe(value));
            return null;
        }
        List<T> elements = new ArrayList<>();
        for (int i = 0; i < value.size() && !problems.stopWalking(); i++) {
            String elementPath = JsonPaths.index(path, i);
            problems.visit(elementPath);
            T element = elementKind.read(this, value.get(i), elementPath);
            if (element != null) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the string " + JsonPaths.quote(value.textValue());
        }
        if (value.isNumber()) {
            return numberText(value);
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.toString(); // true, false or null
    }

    private static String numberText(JsonNode value) {
        if (value instanceof TokenTree.Written number) {
            return number.written();
        }
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        BigDecimal decimal = value.decimalValue();
        return Math.abs(decimal.scale()) <= 20 ? decimal.toPlainString() : decimal.toString();
    }
}
