package org.coachlogic.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

import org.apiguardian.api.API;

import org.coachlogic.CoachingEngine;
import org.coachlogic.spi.RulePackProvider;

/**
 * The one way into the engine, for {@link CoachingEngine.Builder#build()} only. Public because the builder
 * lives in another package; everything behind it is package-private. Hosts call the builder, which
 * validates and defaults every setting before it calls this.
 */
@API(status = INTERNAL, since = "0.1")
public final class EngineFactory {

    private EngineFactory() {
    }

    /**
     * Reads the packs (folders, then classpath locations, then, if asked, those the
     * {@link RulePackProvider}s name, sorted by location) and builds the engine over them.
     *
     * @param cpuTimeLimit the opt-in bound on CPU time per stage; {@code null} for none
     */
    public static CoachingEngine create(int maxRuleFirings, Duration cpuTimeLimit, ClassLoader classLoader,
                                        List<Path> packFolders, List<String> classpathPacks, boolean discoverPacks,
                                        Locale locale, Map<String, Double> parameters) {
        List<PackSource> packs = new ArrayList<>();
        packFolders.forEach(folder -> packs.add(PackSource.fromFolder(folder)));
        classpathPacks.forEach(location -> packs.add(PackSource.fromClasspath(location, classLoader)));
        if (discoverPacks) {
            ServiceLoader.load(RulePackProvider.class, classLoader).stream()
                    .map(provider -> provider.get().location()).sorted()
                    .forEach(location -> packs.add(PackSource.fromClasspath(location, classLoader)));
        }
        return DroolsCoachingEngine.create(new EngineSettings(maxRuleFirings, cpuTimeLimit, classLoader, packs,
                locale, parameters));
    }
}
