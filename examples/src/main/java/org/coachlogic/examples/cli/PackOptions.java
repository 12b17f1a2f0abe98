package org.coachlogic.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coachlogic.CoachingEngine;

import picocli.CommandLine.Option;

/** {@code --pack DIR}, repeatable: the rule packs to add on top of the default rules, in order. */
final class PackOptions {

    @Option(names = "--pack", paramLabel = "DIR",
            description = "Add the rule pack in this folder (pack.json, .drl files, messages.properties); "
                    + "repeat for several, applied in order. See docs/rule-packs.md.")
    private List<Path> packs = new ArrayList<>();

    List<Path> packs() {
        return packs;
    }

    /** An engine over the default rules plus these packs. */
    CoachingEngine engine() {
        CoachingEngine.Builder builder = CoachingEngine.builder();
        packs.forEach(builder::withPack);
        return builder.build();
    }
}
