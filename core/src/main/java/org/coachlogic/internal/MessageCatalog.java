package org.coachlogic.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
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

    private MessageCatalog(List<ResourceBundle> bundles, Locale locale) {
        this.bundles = List.copyOf(bundles);
        this.locale = locale;
    }

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

    Optional<String> text(String key) {
        for (ResourceBundle bundle : bundles) {
            try {
                return Optional.of(bundle.getString(key));
            } catch (MissingResourceException e) {
                // not in this layer
            }
        }
        return Optional.empty();
    }

    /**
     * Renders a reason. A reason without a template still says something rather than failing the whole
     * evaluation: its key and arguments. The rule tests check that every reason the rules give has one.
     */
    String render(Reason reason) {
        Object[] args = new Object[reason.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = display(reason.args().get(i));
        }
        return text("because." + reason.key())
                .map(template -> new MessageFormat(template, locale).format(args))
                .orElseGet(() -> reason.key() + " " + List.of(args));
    }

    boolean hasTemplate(Reason reason) {
        return text("because." + reason.key()).isPresent();
    }

    private Object display(Object arg) {
        if (arg instanceof Enum<?> value) {
            return text("value." + value.getDeclaringClass().getSimpleName() + "." + value.name())
                    .orElseGet(() -> value.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (arg instanceof Iterable<?> values) {
            List<String> shown = new ArrayList<>();
            values.forEach(v -> shown.add(String.valueOf(display(v))));
            return String.join(", ", shown);
        }
        return arg;
    }
}
