package org.coachlogic.examples.cli;

import java.util.List;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --locale TAG}: the language of the advice, parsed once, when the command line is. */
final class LocaleOption {

    /** The languages the default rule set has texts for. */
    static final List<String> SHIPPED_LANGUAGES = List.of("en", "de");

    /** The language when none is asked for. */
    static final Locale DEFAULT = Locale.ENGLISH;

    @Option(names = "--locale", paramLabel = "TAG", converter = ShippedLocale.class,
            description = "Language of the advice, as a language tag: en (default) or de; a region such as "
                    + "de-CH is allowed. Any other language is a usage error.")
    private Locale locale = DEFAULT;

    Locale locale() {
        return locale;
    }

    /** Takes only a language the rule set ships, so that nobody gets English text with foreign numbers. */
    static final class ShippedLocale implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String tag) {
            Locale locale = Locale.forLanguageTag(tag);
            if (!SHIPPED_LANGUAGES.contains(locale.getLanguage())) {
                throw new TypeConversionException("'" + tag + "' is not a language the rules are written in; use "
                        + "one of " + String.join(", ", SHIPPED_LANGUAGES));
            }
            return locale;
        }
    }
}
