package org.coachlogic.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coachlogic.CoachingEngine;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command that builds an engine shares: {@code --pack DIR} (repeatable: rule packs to add on
 * top of the default rules, in order) and {@code --locale TAG} (the language of the advice).
 */
final class EngineOptions {

    static final String PACK_DESCRIPTION = "Add the rule pack in this folder (pack.json, .drl files, "
            + "messages.properties); repeat for several, applied in order. See docs/rule-packs.md.";

    @Option(names = "--pack", paramLabel = "DIR", description = PACK_DESCRIPTION)
    private List<Path> packs = new ArrayList<>();

    @Mixin
    private LocaleOption locale;

    /** The language asked for; English when none was. */
    Locale locale() {
        return locale.locale();
    }

    /** An engine over the default rules plus these packs, in the chosen language. */
    CoachingEngine engine() {
        return engine(packs, locale());
    }

    /** The engine built in the background if it has these settings (see {@link DefaultEngine}); else a new one. */
    static CoachingEngine engine(List<Path> packs, Locale locale) {
        return DefaultEngine.take(packs, locale).orElseGet(() -> build(packs, locale));
    }

    static CoachingEngine build(List<Path> packs, Locale locale) {
        CoachingEngine.Builder builder = CoachingEngine.builder().locale(locale);
        packs.forEach(builder::withPack);
        return builder.build();
    }
}
