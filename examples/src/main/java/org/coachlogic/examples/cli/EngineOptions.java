package org.coachlogic.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coachlogic.CoachingEngine;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options every command that builds an engine shares: {@code --pack DIR} (repeatable: rule packs to add on
 * top of the default rules, in order) and {@code --locale TAG} (the language of the advice).
 */
final class EngineOptions {

    @Option(names = "--pack", paramLabel = "DIR",
            description = "Add the rule pack in this folder (pack.json, .drl files, messages.properties); "
                    + "repeat for several, applied in order. See docs/rule-packs.md.")
    private List<Path> packs = new ArrayList<>();

    /** The languages the default rule set has texts for. */
    static final List<String> SHIPPED_LANGUAGES = List.of("en", "de");

    @Option(names = "--locale", paramLabel = "TAG", converter = ShippedLocale.class,
            description = "Language of the advice, as a language tag: en (default) or de; a region such as "
                    + "de-CH is allowed. Any other language is a usage error.")
    private Locale locale;

    /** The language asked for; English when none was. */
    Locale locale() {
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** Takes only a language the rule set ships, so that nobody gets English text with foreign numbers. */
    static final class ShippedLocale implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String tag) {
            Locale locale = Locale.forLanguageTag(tag);
            if (!SHIPPED_LANGUAGES.contains(locale.getLanguage())) {
                throw new CommandLine.TypeConversionException("'" + tag + "' is not a language the rules are "
                        + "written in; use one of " + String.join(", ", SHIPPED_LANGUAGES));
            }
            return locale;
        }
    }

    List<Path> packs() {
        return packs;
    }

    /** An engine over the default rules plus these packs, in the chosen language. */
    CoachingEngine engine() {
        CoachingEngine.Builder builder = CoachingEngine.builder();
        packs.forEach(builder::withPack);
        if (locale != null) {
            builder.locale(locale);
        }
        return builder.build();
    }
}
