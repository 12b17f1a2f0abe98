package org.coachlogic.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coachlogic.CoachingEngine;

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

    @Option(names = "--locale", paramLabel = "TAG",
            description = "Language of the advice, as a language tag: en (default) or de.")
    private String locale;

    /** The language asked for; English when none was. */
    Locale locale() {
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale);
    }

    List<Path> packs() {
        return packs;
    }

    /** An engine over the default rules plus these packs, in the chosen language. */
    CoachingEngine engine() {
        CoachingEngine.Builder builder = CoachingEngine.builder();
        packs.forEach(builder::withPack);
        if (locale != null) {
            builder.locale(Locale.forLanguageTag(locale));
        }
        return builder.build();
    }
}
