package org.coachlogic.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the builder hands to the engine.
 *
 * @param cpuTimeLimit the opt-in bound on the evaluating thread's CPU time per stage; {@code null} for none
 */
record EngineSettings(int maxRuleFirings, Duration cpuTimeLimit, ClassLoader classLoader,
                      List<PackSource> packs, Locale locale, Map<String, Double> parameters) {

    EngineSettings {
        packs = List.copyOf(packs);
        parameters = Map.copyOf(parameters);
    }
}
