package org.coachlogic.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Makes a rule pack inside a jar discoverable: list the implementation in
 * {@code META-INF/services/org.coachlogic.spi.RulePackProvider} and call
 * {@code CoachingEngine.builder().discoverPacks()}. Packs are code: only put trusted jars on the classpath.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RulePackProvider {

    /**
     * The classpath folder of the pack, such as {@code com/clinic/coaching}, holding {@code pack.json}
     * (which must list its DRL files under {@code "files"}), the DRL files and optionally
     * {@code messages.properties}.
     */
    String location();
}
