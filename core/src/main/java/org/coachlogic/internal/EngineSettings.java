package org.coachlogic.internal;

/** What the builder hands to the engine. */
public record EngineSettings(int maxRuleFirings, ClassLoader classLoader) {
}
