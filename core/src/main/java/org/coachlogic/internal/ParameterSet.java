package org.coachlogic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.coachlogic.ParameterInfo;
import org.coachlogic.RuleBaseException;
import org.coachlogic.spi.Parameters;

/**
 * The rule set's tunable thresholds: their definitions (from the rule base's {@code parameters.json}) and
 * the values in force, set in order by the defaults, the packs and the builder, each checked against its range.
 */
final class ParameterSet {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z0-9.-]+)}");

    record Definition(String name, double defaultValue, double min, double max, String unit, String description) {
    }

    private final Map<String, Definition> definitions;
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> setBy = new LinkedHashMap<>();

    private ParameterSet(Map<String, Definition> definitions) {
        this.definitions = definitions;
        definitions.values().forEach(d -> {
            values.put(d.name(), d.defaultValue());
            setBy.put(d.name(), "default");
        });
    }

    static ParameterSet load(ClassLoader loader, String resource) {
        Map<String, Definition> definitions = new LinkedHashMap<>();
        if (resource == null || resource.isBlank()) {
            return new ParameterSet(definitions);
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleBaseException(List.of("parameter definitions " + resource + " are not on the classpath"));
            }
            List<String> problems = new ArrayList<>();
            for (JsonNode node : Descriptors.read(resource, in.readAllBytes()).path("parameters")) {
                String name = node.path("name").asText("");
                Definition d = new Definition(name, node.path("default").asDouble(), node.path("min").asDouble(),
                        node.path("max").asDouble(), node.path("unit").asText(""), node.path("description").asText(""));
                if (!name.matches("[a-z0-9]+(\\.[a-z0-9-]+)+") || d.min() > d.defaultValue() || d.defaultValue() > d.max()
                        || d.unit().isBlank() || d.description().isBlank()) {
                    problems.add(resource + ": parameter " + node + " needs a dotted name, a unit, a description "
                            + "and min <= default <= max");
                }
                definitions.put(name, d);
            }
            if (!problems.isEmpty()) {
                throw new RuleBaseException(problems);
            }
            return new ParameterSet(definitions);
        } catch (IOException e) {
            throw new RuleBaseException("cannot read parameter definitions " + resource, e);
        }
    }

    /** Adds a parameter that a pack defines for its own rules, reporting what is wrong with it instead. */
    void define(Definition d, String pack, Consumer<String> problems) {
        List<String> found = new ArrayList<>();
        if (!d.name().matches("[a-z0-9]+(\\.[a-z0-9-]+)+")) {
            found.add("parameter \"" + d.name() + "\" needs a dotted lower-case name, such as myclinic.max-step-percent");
        }
        if (definitions.containsKey(d.name())) {
            found.add("parameter " + d.name() + " is already defined" + (packDefined.containsKey(d.name())
                    ? " by pack " + packDefined.get(d.name()) : " by the rule set")
                    + "; set its value under \"parameters\" instead, or choose another name");
        }
        if (Double.isNaN(d.min()) || Double.isNaN(d.max()) || Double.isNaN(d.defaultValue())
                || d.min() > d.defaultValue() || d.defaultValue() > d.max()) {
            found.add("parameter " + d.name() + " needs numbers with min <= default <= max, was min " + plain(d.min())
                    + ", default " + plain(d.defaultValue()) + ", max " + plain(d.max()));
        }
        if (d.unit().isBlank() || d.description().isBlank()) {
            found.add("parameter " + d.name() + " needs a \"unit\" and a \"description\"");
        }
        found.forEach(problems);
        if (found.isEmpty()) {
            definitions.put(d.name(), d);
            values.put(d.name(), d.defaultValue());
            setBy.put(d.name(), "default");
            packDefined.put(d.name(), pack);
        }
    }

    /** Which pack defined each pack parameter. */
    private final Map<String, String> packDefined = new LinkedHashMap<>();

    boolean defines(String name) {
        return definitions.containsKey(name);
    }

    /** Sets a value, reporting an unknown name or a value out of range instead. */
    void set(String name, double value, String by, Consumer<String> problems) {
        Definition d = definitions.get(name);
        if (d == null) {
            problems.accept("unknown parameter " + name + "; known: " + definitions.keySet());
        } else if (Double.isNaN(value) || value < d.min() || value > d.max()) {
            problems.accept("parameter " + name + " must be between " + plain(d.min()) + " and " + plain(d.max())
                    + " (" + d.unit() + "), was " + plain(value));
        } else {
            values.put(name, value);
            setBy.put(name, by);
        }
    }

    Parameters values() {
        return new Parameters(values);
    }

    List<ParameterInfo> infos() {
        return definitions.values().stream().map(d -> new ParameterInfo(d.name(), values.get(d.name()),
                d.defaultValue(), d.min(), d.max(), d.unit(), d.description(), setBy.get(d.name()))).toList();
    }

    /** Replaces each {@code ${name}} in a text with the parameter's value, so texts follow tuned thresholds. */
    String fill(String text, Locale locale, Consumer<String> problems) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            Double value = values.get(matcher.group(1));
            if (value == null) {
                problems.accept("text names unknown parameter ${" + matcher.group(1) + "}");
                matcher.appendReplacement(filled, Matcher.quoteReplacement(matcher.group()));
            } else {
                matcher.appendReplacement(filled, Matcher.quoteReplacement(format(value, locale)));
            }
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    static String format(double value, Locale locale) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    private static String plain(double value) {
        return format(value, Locale.ROOT);
    }
}
