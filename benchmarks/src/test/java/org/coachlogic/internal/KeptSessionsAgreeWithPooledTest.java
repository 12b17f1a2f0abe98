package org.coachlogic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.coachlogic.facts.ClientFacts;
import org.coachlogic.spi.SafetyFinding;
import org.coachlogic.testkit.ClientGenerator;

/**
 * A stage keeps its sessions between evaluations and empties them by deleting their facts, where Drools' pool
 * resets every node memory of the network ({@link RuleFiring#keepable}). The advice must not depend on which
 * client a session saw before: each stage, fed the same random clients in turn, finds the same rules with the
 * same reasons either way, for the default rules and a pack whose rules chain on each other's findings.
 */
class KeptSessionsAgreeWithPooledTest {

    private static final String CHAINING = """
            package com.example.chaining;
            import org.coachlogic.facts.*;
            import org.coachlogic.spi.Finding;
            import java.util.List;

            rule "older, no pain reported"
                @id("chain.older-no-pain") @category("ACTIVITY") @priority("ADVICE") @sources("who-2020") @reviewed("2026-12-02")
            when
                Client( age > 40 )
                not Pain()
            then
                insert(Finding.because("chain"));
            end

            rule "several goals"
                @id("chain.goals") @category("ACTIVITY") @priority("ADVICE") @sources("who-2020") @reviewed("2026-12-02")
                salience 10
            when
                Client()
                $n : Number( intValue >= 2 ) from accumulate( Goal(), count() )
            then
                insert(Finding.because("chain"));
            end

            rule "red flag and stress"
                @id("chain.flag-stress") @category("MINDSET") @priority("ADVICE") @sources("who-2020") @reviewed("2026-12-02")
            when
                Client()
                exists RedFlag()
                Stress( level > 3 )
            then
                insert(Finding.because("chain"));
            end

            rule "after another finding, no sleep reported"
                @id("chain.after-finding") @category("RECOVERY") @priority("ADVICE") @sources("who-2020") @reviewed("2026-12-02")
            when
                ClientFacts()
                exists Finding()
                not Sleep()
            then
                insert(Finding.because("chain"));
            end

            rule "short sleep goals collected"
                @id("chain.collected") @category("RECOVERY") @priority("ADVICE") @sources("who-2020") @reviewed("2026-12-02")
            when
                Sleep( hoursPerNight < 6.5 )
                $goals : List( size > 0 ) from collect( Goal() )
            then
                insert(Finding.because("chain"));
            end
            """;

    @Test
    void keptAndPooledSessionsFindTheSameForEveryClient(@TempDir Path pack) throws IOException {
        // GIVEN the default rules and a pack whose rules chain on findings, negate, accumulate and collect
        RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(getClass().getClassLoader(), Locale.ENGLISH,
                List.of(PackSource.fromFolder(chainingPack(pack))), Map.of());
        assertThat(RuleFiring.keepable(loaded.safety().kieBase())).isTrue();
        assertThat(RuleFiring.keepable(loaded.advice().kieBase())).isTrue();
        RuleFiring keptSafety = new RuleFiring(loaded.safety(), loaded.parameters(), 10_000, 0, true);
        RuleFiring pooledSafety = new RuleFiring(loaded.safety(), loaded.parameters(), 10_000, 0, false);
        RuleFiring keptAdvice = new RuleFiring(loaded.advice(), loaded.parameters(), 10_000, 0, true);
        RuleFiring pooledAdvice = new RuleFiring(loaded.advice(), loaded.parameters(), 10_000, 0, false);
        ClientGenerator clients = ClientGenerator.thresholds(17);

        // WHEN 3,000 random clients go through both, one after the other
        List<String> disagreements = new ArrayList<>();
        int chainFired = 0;
        for (int i = 0; i < 3_000; i++) {
            ClientFacts client = clients.next();
            List<Object> facts = DroolsCoachingEngine.inputs(loaded.parameters(), client);
            RuleFiring.Outcome kept = keptSafety.fire(facts);
            RuleFiring.Outcome pooled = pooledSafety.fire(facts);
            if (!found(kept).equals(found(pooled))) {
                disagreements.add("safety, client " + i + ": " + found(kept) + " against " + found(pooled));
            }
            kept.findings().keySet().forEach(meta -> facts.add(new SafetyFinding(meta.id(), meta.priority(), meta.tier())));
            RuleFiring.Outcome keptSecond = keptAdvice.fire(facts);
            RuleFiring.Outcome pooledSecond = pooledAdvice.fire(facts);
            if (!found(keptSecond).equals(found(pooledSecond))) {
                disagreements.add("advice, client " + i + ": " + found(keptSecond) + " against " + found(pooledSecond));
            }
            chainFired += (int) keptSecond.findings().keySet().stream().filter(m -> m.id().startsWith("chain.")).count();
        }

        // THEN they agree on every client, and the pack's rules fired often enough to mean something
        assertThat(disagreements).isEmpty();
        assertThat(chainFired).isGreaterThan(1_000);
    }

    @Test
    void aRuleStartingFromNoFactsKeepsTheStageOnDroolsPool(@TempDir Path pack) throws IOException {
        // GIVEN a pack rule whose first condition is a "not", which matches the initial fact
        Files.writeString(pack.resolve("pack.json"), "{\"name\": \"leading-not\", \"version\": \"1\"}");
        Files.writeString(pack.resolve("messages.properties"), "because.none=none\n"
                + "none.sleep.summary=No sleep\nnone.sleep.detail=Detail.\n");
        Files.writeString(pack.resolve("none.drl"), """
                package com.example.none;
                import org.coachlogic.facts.*;
                import org.coachlogic.spi.Finding;
                rule "no sleep reported" @id("none.sleep") @category("RECOVERY") @priority("ADVICE") @sources("who-2020") @reviewed("2026-12-02")
                when
                    not Sleep()
                then
                    insert(Finding.because("none"));
                end
                """);

        // WHEN the rule base is built
        RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(getClass().getClassLoader(), Locale.ENGLISH,
                List.of(PackSource.fromFolder(pack)), Map.of());

        // THEN its advice stage cannot keep sessions (such a match stands without any fact to delete)
        assertThat(RuleFiring.keepable(loaded.advice().kieBase())).isFalse();
        assertThat(RuleFiring.keepable(loaded.safety().kieBase())).isTrue();
    }

    @Test
    void aPackGlobalKeepsTheStageOnDroolsPool(@TempDir Path pack) throws IOException {
        // GIVEN a pack that declares a global of its own: state outside the facts, which deleting them leaves
        Files.writeString(pack.resolve("pack.json"), "{\"name\": \"own-global\", \"version\": \"1\"}");
        Files.writeString(pack.resolve("messages.properties"), "because.seen=seen\n"
                + "seen.sleep.summary=Sleep seen\nseen.sleep.detail=Detail.\n");
        Files.writeString(pack.resolve("seen.drl"), """
                package com.example.seen;
                import org.coachlogic.facts.*;
                import org.coachlogic.spi.Finding;
                global java.util.List seen;
                rule "sleep seen" @id("seen.sleep") @category("RECOVERY") @priority("ADVICE") @sources("who-2020") @reviewed("2026-12-02")
                when
                    Sleep()
                then
                    insert(Finding.because("seen"));
                end
                """);

        // WHEN the rule base is built
        RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(getClass().getClassLoader(), Locale.ENGLISH,
                List.of(PackSource.fromFolder(pack)), Map.of());

        // THEN its advice stage cannot keep sessions; the safety stage, whose only global is the parameters, can
        assertThat(RuleFiring.keepable(loaded.advice().kieBase())).isFalse();
        assertThat(RuleFiring.keepable(loaded.safety().kieBase())).isTrue();
    }

    /** Each rule found, with its reasons, in a stable order; or the failure. (Findings map by identity.) */
    private static String found(RuleFiring.Outcome outcome) {
        if (outcome.failure() != null) {
            return "failed: " + outcome.failure().message();
        }
        Map<String, String> byId = new java.util.TreeMap<>();
        outcome.findings().forEach((meta, reasons) -> byId.put(meta.id(), reasons.toString()));
        return byId.toString();
    }

    private static Path chainingPack(Path folder) throws IOException {
        Files.writeString(folder.resolve("pack.json"), "{\"name\": \"chaining\", \"version\": \"1\"}");
        StringBuilder messages = new StringBuilder("because.chain=chained\n");
        for (String id : List.of("older-no-pain", "goals", "flag-stress", "after-finding", "collected")) {
            messages.append("chain.").append(id).append(".summary=Chained ").append(id).append('\n')
                    .append("chain.").append(id).append(".detail=Detail.\n");
        }
        Files.writeString(folder.resolve("messages.properties"), messages);
        Files.writeString(folder.resolve("chaining.drl"), CHAINING);
        return folder;
    }
}
