package org.coachlogic.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.coachlogic.spi.Reason;

/**
 * The rule base's texts: each rule's summary and detail ({@code <id>.summary}, {@code <id>.detail}), the
 * templates for reasons ({@code because.<key>}) and display names of enum values
 * ({@code value.<Type>.<NAME>}).
 */
final class MessageCatalog {

    private final List<ResourceBundle> bundles;
    private final Locale locale;
    /** Every key of every layer, the first layer's text winning: lookups on the hot path are map lookups. */
    private final Map<String, String> texts;
    /** The reason templates, parsed once. */
    private final Map<String, MessageFormat> reasons;
    /** Each thread's own copies of the parsed templates, since MessageFormat is not thread-safe. */
    private final ThreadLocal<Map<String, MessageFormat>> formats;
    private final ThreadLocal<DecimalFormat> numbers;

    private MessageCatalog(List<ResourceBundle> bundles, Locale locale) {
        this.bundles = List.copyOf(bundles);
        this.locale = locale;
        Map<String, String> all = new HashMap<>();
        for (ResourceBundle bundle : bundles) {
            for (String key : bundle.keySet()) {
                all.putIfAbsent(key, bundle.getString(key));
            }
        }
        this.texts = Map.copyOf(all);
        Map<String, MessageFormat> templates = new HashMap<>();
        all.forEach((key, text) -> {
            if (key.startsWith(REASON)) {
                try {
                    templates.put(key.substring(REASON.length()), new MessageFormat(text, locale));
                } catch (IllegalArgumentException e) {
                    // a pack's broken template: PackRefusals reports it with file and line, so no engine is built
                }
            }
        });
        this.reasons = Map.copyOf(templates);
        this.formats = ThreadLocal.withInitial(() -> {
            Map<String, MessageFormat> copies = new HashMap<>();
            reasons.forEach((key, format) -> copies.put(key, (MessageFormat) format.clone()));
            return copies;
        });
        this.numbers = ThreadLocal.withInitial(() -> new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale)));
    }

    static final String REASON = "because.";

    static MessageCatalog load(String baseName, Locale locale, ClassLoader loader) {
        return new MessageCatalog(List.of(ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))), locale);
    }

    /** This catalog with a rule pack's bundle searched first. */
    MessageCatalog withFirst(ResourceBundle bundle) {
        List<ResourceBundle> layered = new ArrayList<>();
        layered.add(bundle);
        layered.addAll(bundles);
        return new MessageCatalog(layered, locale);
    }

    /** Every key of every layer. */
    java.util.Set<String> keys() {
        return texts.keySet();
    }

    Optional<String> text(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /**
     * Renders a reason. A reason without a template still says something rather than failing the whole
     * evaluation: its key and arguments. The rule tests check that every reason the rules give has one.
     */
    String render(Reason reason) {
        MessageFormat template = formats.get().get(reason.key());
        Object[] args = new Object[reason.args().size()];
        Format[] given = template == null ? new Format[0] : template.getFormatsByArgumentIndex();
        for (int i = 0; i < args.length; i++) {
            Object arg = reason.args().get(i);
            // A number the template gives no format is written plainly ("7", "6.5"), not grouped ("10,080"),
            // and without MessageFormat building a NumberFormat on every call.
            args[i] = arg instanceof Number number && (i >= given.length || given[i] == null)
                    ? numbers.get().format(number) : display(arg);
        }
        return template == null ? reason.key() + " " + List.of(args) : template.format(args);
    }


    private Object display(Object arg) {
        if (arg instanceof Enum<?> value) {
            String name = texts.get("value." + value.getDeclaringClass().getSimpleName() + "." + value.name());
            return name != null ? name : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (arg instanceof Iterable<?> values) {
            List<String> shown = new ArrayList<>();
            values.forEach(v -> shown.add(String.valueOf(display(v))));
            return String.join(", ", shown);
        }
        return arg;
    }
}
