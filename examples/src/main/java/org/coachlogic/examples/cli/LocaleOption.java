package org.coachlogic.examples.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --locale TAG}: the language of the advice, parsed once, when the command line is. */
final class LocaleOption {

    @Option(names = "--locale", paramLabel = "TAG", converter = LanguageTag.class,
            description = "Language of the advice, as a language tag: en (default) or de.")
    private Locale locale = Locale.ENGLISH;

    Locale locale() {
        return locale;
    }

    /** A BCP 47 language tag such as {@code de} or {@code en-GB}; anything else is a usage error. */
    static final class LanguageTag implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(value).build();
                if (locale.getLanguage().isEmpty()) {
                    throw new TypeConversionException("'" + value + "' names no language; use a tag such as de");
                }
                return locale;
            } catch (IllformedLocaleException e) {
                throw new TypeConversionException("'" + value + "' is not a language tag; use a tag such as de");
            }
        }
    }
}
