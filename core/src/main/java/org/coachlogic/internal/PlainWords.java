package org.coachlogic.internal;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Turns the Drools compiler's messages about pack rules into plain words where we know what they mean: a
 * misspelt field or enum value is named, with the closest real name ("did you mean").
 */
final class PlainWords {

    private static final Pattern STRICT_MODE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.]+)\\.(\\w+)\\(\\)");


    private PlainWords() {
    }

    /** Where in a DRL text the compiler's message points when it gives no line: the expression it names. */
    static int lineOf(String message, String text) {
        if (text == null) {
            return 0;
        }
        Matcher expression = Pattern.compile("Unable to Analyse Expression (.+?):").matcher(message);
        Matcher member = STRICT_MODE.matcher(message);
        String needle = expression.find() ? expression.group(1).strip() : null;
        if (needle == null || !text.contains(needle)) {
            needle = member.find() ? member.group(1).substring(member.group(1).lastIndexOf('.') + 1) + "." + member.group(2)
                    : null;
        }
        int at = needle == null ? -1 : text.indexOf(needle);
        return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The message in plain words, or as it was when we do not know it. */
    static String of(String message) {
        Matcher field = STRICT_MODE.matcher(message);
        if (field.find()) {
            Optional<Class<?>> type = type(field.group(1));
            if (type.isPresent() && type.get().isEnum()) {
                List<String> names = Arrays.stream(type.get().getEnumConstants()).map(Object::toString).toList();
                return type.get().getSimpleName() + " has no value " + field.group(2) + suggestion(field.group(2), names)
                        + (closest(field.group(2), names).isPresent() ? "" : "; its values are " + String.join(", ", names));
            }
            if (type.isPresent() && type.get().isRecord()) {
                List<String> names = Arrays.stream(type.get().getRecordComponents()).map(RecordComponent::getName).toList();
                return type.get().getSimpleName() + " has no field " + field.group(2) + suggestion(field.group(2), names)
                        + (closest(field.group(2), names).isPresent() ? "" : "; its fields are " + String.join(", ", names));
            }
        }
        return message;
    }

    static String suggestion(String name, List<String> candidates) {
        return closest(name, candidates).map(c -> "; did you mean " + c + "?").orElse("");
    }

    /** The candidate within a few edits of the name, if there is one. */
    static Optional<String> closest(String name, List<String> candidates) {
        Optional<String> near = candidates.stream()
                .filter(c -> distance(name.toLowerCase(), c.toLowerCase()) <= Math.max(2, name.length() / 3))
                .min(Comparator.comparingInt(c -> distance(name.toLowerCase(), c.toLowerCase())));
        if (near.isPresent()) {
            return near;
        }
        // "hoursOfSleep" for "hoursPerNight": the same first word
        return candidates.stream().filter(c -> commonPrefix(name.toLowerCase(), c.toLowerCase()) >= 4)
                .max(Comparator.comparingInt(c -> commonPrefix(name.toLowerCase(), c.toLowerCase())));
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static Optional<Class<?>> type(String name) {
        try {
            return Optional.of(Class.forName(name, false, PlainWords.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
