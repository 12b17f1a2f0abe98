package org.coachlogic.rules;

import java.nio.file.Path;
import java.util.Set;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.RedFlag;

/**
 * A host that depends on coachlogic-rules alone, run by {@link HostWithoutPacksTest} in a JVM of its own: it
 * evaluates with the default rules, then asks for a pack, and prints what happened.
 */
final class HostWithoutPacks {

    private HostWithoutPacks() {
    }

    public static void main(String[] args) {
        Advice advice = CoachingEngine.builder().build()
                .evaluate(ClientFacts.of(Client.of(50, Experience.NOVICE)).withRedFlags(Set.of(RedFlag.SADDLE_NUMBNESS)));
        System.out.println("top: " + advice.ids().get(0));
        try {
            CoachingEngine.builder().withPack(Path.of(args[0])).build();
            System.out.println("pack: loaded");
        } catch (IllegalStateException e) {
            System.out.println("pack: " + e.getMessage());
        }
    }
}
