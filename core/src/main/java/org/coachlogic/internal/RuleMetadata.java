package org.coachlogic.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.SafetyTier;
import org.coachlogic.Source;

/**
 * Reads and checks one rule's metadata ({@code @id}, {@code @category}, {@code @priority}, {@code @tier},
 * {@code @addsLoad}, {@code @sources}, {@code @reviewed}, {@code @parameters}) and resolves its texts, for
 * default and pack rules alike. Every problem is reported; a rule with any problem gives no metadata.
 */
final class RuleMetadata {

    private RuleMetadata() {
    }

    /** The rule's metadata, or {@code null} after reporting every problem to {@code problems}. */
    static RuleMeta read(Map<String, Object> metadata, Map<String, Source> registry, MessageCatalog messages,
                         ParameterSet parameters, Locale locale, Consumer<String> problems, String where) {
        List<String> found = new ArrayList<>();
        String id = string(metadata, "id");
        if (id == null || !id.matches("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+")) {
            found.add(where + ": @id is " + (id == null ? "missing" : "\"" + id + "\", not a dotted lower-case id")
                    + " (for example @id(\"recovery.short-sleep\"))");
        }
        Category category = enumValue(metadata, "category", Category.class, where, found);
        Priority priority = enumValue(metadata, "priority", Priority.class, where, found);
        if (priority == Priority.URGENT && category != null && category != Category.SAFETY) {
            found.add(where + ": URGENT is reserved for SAFETY rules (same-day referral); use CAUTION or ADVICE");
        }
        SafetyTier tier = tier(metadata, category, priority, where, found);
        boolean addsLoad = addsLoad(metadata, category, where, found);
        if (string(metadata, "suppresses") != null) {
            found.add(where + ": @suppresses is not read any more: what a safety recommendation withholds follows "
                    + "from its @tier (\"assess\" withholds every recommendation that adds load), and whether a "
                    + "recommendation adds load from its category or @addsLoad");
        }
        List<Source> sources = new ArrayList<>();
        List<String> keys = words(string(metadata, "sources"));
        if (keys.isEmpty()) {
            found.add(where + ": @sources is missing; name at least one source key");
        }
        for (String key : keys) {
            Source source = registry.get(key);
            if (source == null) {
                found.add(where + ": unknown source key \"" + key + "\"");
            } else {
                sources.add(source);
            }
        }
        LocalDate reviewed = null;
        String reviewedText = string(metadata, "reviewed");
        if (reviewedText == null) {
            found.add(where + ": @reviewed is missing; give the date its content was last checked against its "
                    + "sources, as @reviewed(\"2026-11-21\")");
        } else {
            try {
                reviewed = LocalDate.parse(reviewedText);
            } catch (DateTimeParseException e) {
                found.add(where + ": @reviewed is \"" + reviewedText + "\", not a date like 2026-11-21");
            }
        }
        List<String> used = words(string(metadata, "parameters"));
        for (String name : used) {
            if (!parameters.defines(name)) {
                found.add(where + ": @parameters names unknown parameter " + name);
            }
        }
        String summary = null;
        String detail = null;
        String when = null;
        if (id != null) {
            Consumer<String> textProblem = message -> found.add(where + ": " + message);
            summary = messages.text(id + ".summary").map(t -> parameters.fill(t, locale, textProblem)).orElse(null);
            detail = messages.text(id + ".detail").map(t -> parameters.fill(t, locale, textProblem)).orElse(null);
            when = messages.text(id + ".when").map(t -> parameters.fill(t, locale, textProblem)).orElse(null);
            if (summary == null || detail == null) {
                found.add(where + ": the message bundle has no " + (summary == null ? id + ".summary" : id + ".detail"));
            } else if (summary.length() > Recommendation.MAX_SUMMARY_LENGTH) {
                found.add(where + ": " + id + ".summary is " + summary.length() + " characters, more than "
                        + Recommendation.MAX_SUMMARY_LENGTH);
            }
        }
        found.forEach(problems);
        if (!found.isEmpty()) {
            return null;
        }
        return new RuleMeta(id, category, priority, tier, addsLoad, List.copyOf(sources), summary, detail, null,
                null, when, used, reviewed);
    }

    /** URGENT SAFETY is tier urgent; every other SAFETY rule declares assess or review; no other rule a tier. */
    private static SafetyTier tier(Map<String, Object> metadata, Category category, Priority priority, String where,
                                   List<String> found) {
        String text = string(metadata, "tier");
        SafetyTier declared = null;
        if (text != null) {
            try {
                declared = SafetyTier.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                found.add(where + ": @tier is \"" + text + "\", not one of \"assess\", \"review\" or \"urgent\"");
                return null;
            }
        }
        if (category == null || priority == null) {
            return null;
        }
        if (category != Category.SAFETY) {
            if (declared != null) {
                found.add(where + ": @tier is for SAFETY rules only");
            }
            return null;
        }
        if (priority == Priority.URGENT) {
            if (declared != null && declared != SafetyTier.URGENT) {
                found.add(where + ": an URGENT SAFETY rule is of tier \"urgent\" (it withholds everything outside "
                        + "SAFETY); remove @tier(\"" + text + "\")");
            }
            return SafetyTier.URGENT;
        }
        if (declared == null || declared == SafetyTier.URGENT) {
            found.add(where + ": a " + priority + " SAFETY rule must declare @tier(\"assess\") (assessment before "
                    + "loading: withholds every recommendation that adds load) or @tier(\"review\") (a review while "
                    + "training goes on: holds nothing back)");
            return null;
        }
        return declared;
    }

    /** Declared, or by default true for LOAD and PROGRAMMING; never true for SAFETY. */
    private static boolean addsLoad(Map<String, Object> metadata, Category category, String where,
                                    List<String> found) {
        String text = string(metadata, "addsLoad");
        boolean addsLoad = category == Category.LOAD || category == Category.PROGRAMMING;
        if (text != null) {
            if (!text.equals("true") && !text.equals("false")) {
                found.add(where + ": @addsLoad is \"" + text + "\", not \"true\" or \"false\"");
                return false;
            }
            addsLoad = Boolean.parseBoolean(text);
        }
        if (addsLoad && category == Category.SAFETY) {
            found.add(where + ": a SAFETY recommendation cannot add load");
        }
        return addsLoad;
    }

    private static <E extends Enum<E>> E enumValue(Map<String, Object> metadata, String key, Class<E> type,
                                                   String where, List<String> problems) {
        String value = string(metadata, key);
        if (value == null) {
            problems.add(where + ": @" + key + " is missing; one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": @" + key + " is \"" + value + "\", not one of "
                    + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    static String string(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? null : text;
    }

    static List<String> words(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    }
}
