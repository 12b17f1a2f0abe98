package org.coachlogic.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What the builder hands to the engine. */
public record EngineSettings(int maxRuleFirings, Duration evaluationTimeout, ClassLoader classLoader,
                             List<PackSource> packs, Locale locale) {

    public EngineSettings {
        packs = List.copyOf(packs);
    }
}
