package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.Recommendation;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.LegSymptoms;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.PainRegion;
import org.coachlogic.facts.PainTrend;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;

/**
 * Legal-looking packs, generated: random salience, activation and agenda groups, no-loop, lock-on-active,
 * rules that insert, modify and delete their own facts, and SAFETY rules of their own. With any of them, every
 * default safety recommendation is there, unchanged and in the same order. Tries are few: each builds an
 * engine.
 */
class GeneratedPacksPropertyTest {

    private static CoachingEngine defaults;

    @BeforeContainer
    static void buildDefaultEngine() {
        defaults = CoachingEngine.builder().build();
    }

    enum Action { INSERT_OWN, MODIFY_OWN, DELETE_OWN, FINDING }

    record GeneratedRule(int salience, String activationGroup, String agendaGroup, boolean noLoop,
                         boolean lockOnActive, Action action, String condition, boolean safety, boolean urgent,
                         boolean assess) {
    }

    @Provide
    Arbitrary<List<GeneratedRule>> packs() {
        Arbitrary<GeneratedRule> rule = Builders.withBuilder(() -> new Object[10])
                .use(Arbitraries.integers().between(-100, 100_000)).in((a, v) -> { a[0] = v; return a; })
                .use(Arbitraries.of("", "flags", "other")).in((a, v) -> { a[1] = v; return a; })
                .use(Arbitraries.of("", "MAIN", "elsewhere")).in((a, v) -> { a[2] = v; return a; })
                .use(Arbitraries.of(true, false)).in((a, v) -> { a[3] = v; return a; })
                .use(Arbitraries.of(true, false)).in((a, v) -> { a[4] = v; return a; })
                .use(Arbitraries.of(Action.class)).in((a, v) -> { a[5] = v; return a; })
                .use(Arbitraries.of("Client( )", "RedFlag( )", "Pain( )", "SafetyFinding( )",
                        "SafetyFinding( tier == SafetyTier.ASSESS )")).in((a, v) -> { a[6] = v; return a; })
                .use(Arbitraries.of(true, false)).in((a, v) -> { a[7] = v; return a; })
                .use(Arbitraries.of(true, false)).in((a, v) -> { a[8] = v; return a; })
                .use(Arbitraries.of(true, false)).in((a, v) -> { a[9] = v; return a; })
                .build(a -> new GeneratedRule((Integer) a[0], (String) a[1], (String) a[2], (Boolean) a[3],
                        (Boolean) a[4], (Action) a[5], (String) a[6], (Boolean) a[7], (Boolean) a[8], (Boolean) a[9]));
        return rule.list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 8)
    void aGeneratedPackKeepsEveryDefaultSafetyRecommendation(@ForAll("packs") List<GeneratedRule> rules)
            throws IOException {
        // GIVEN an engine with the generated pack
        Path pack = write(rules);
        CoachingEngine engine = CoachingEngine.builder().withPack(pack).build();

        for (ClientFacts client : clients()) {
            // WHEN a flagged client is evaluated with and without it
            Advice with = engine.evaluate(client);
            Advice without = defaults.evaluate(client);

            // THEN the default safety recommendations are the same, in the same order (a pack's own URGENT
            // safety recommendation may come between them, by the output order)
            assertThat(defaultSafety(with)).as("%s with %s", client.redFlags(), rules).isEqualTo(defaultSafety(without));
            assertThat(with.suppressed()).extracting(s -> s.id()).noneMatch(id -> id.startsWith("safety."));
        }
    }

    private static List<Recommendation> defaultSafety(Advice advice) {
        return advice.recommendations().stream()
                .filter(r -> r.category() == Category.SAFETY && !r.id().startsWith("gen.")).toList();
    }

    private static List<ClientFacts> clients() {
        ClientFacts base = ClientFacts.of(Client.of(52, Experience.NOVICE)).withSleep(new Sleep(6.0))
                .withPain(new Pain(PainRegion.LOW_BACK, 6, 2, PainTrend.WORSENING, true, true, LegSymptoms.ONE_SIDE));
        return List.of(base, base.withRedFlags(Set.of(RedFlag.SADDLE_NUMBNESS)),
                base.withRedFlags(Set.of(RedFlag.LEG_NUMBNESS, RedFlag.FEVER)),
                base.withRedFlags(Set.of(RedFlag.UNEXPLAINED_WEIGHT_LOSS, RedFlag.WORSENING_DESPITE_REST)));
    }

    private static Path write(List<GeneratedRule> rules) {
        try {
            Path folder = Files.createTempDirectory("generated-pack");
            folder.toFile().deleteOnExit();
            StringBuilder drl = new StringBuilder("""
                    package com.generated;

                    import org.coachlogic.facts.*;
                    import org.coachlogic.spi.Finding;
                    import org.coachlogic.spi.SafetyFinding;
                    import org.coachlogic.SafetyTier;

                    declare Mark
                        n : int
                    end

                    rule "Seed"
                        @id("gen.seed") @category("RECOVERY") @priority("ADVICE") @sources("aasm-2015") @reviewed("2026-11-21")
                    when
                        Client( )
                    then
                        insert(new Mark(0));
                    end
                    """);
            StringBuilder messages = new StringBuilder("gen.seed.summary=s\ngen.seed.detail=d\nbecause.gen.reason=r\n");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                GeneratedRule rule = rules.get(i);
                String id = "gen.r" + i;
                ids.add(id);
                String metadata = rule.safety()
                        ? "@category(\"SAFETY\") @priority(\"" + (rule.urgent() ? "URGENT" : "CAUTION") + "\")"
                                + (rule.urgent() ? "" : " @tier(\"" + (rule.assess() ? "assess" : "review") + "\")")
                        : "@category(\"LOAD\") @priority(\"ADVICE\")";
                drl.append("\nrule \"Generated ").append(i).append("\"\n")
                        .append("    @id(\"").append(id).append("\") ").append(metadata)
                        .append(" @sources(\"acsm-2009\") @reviewed(\"2026-11-21\")\n")
                        .append("    salience ").append(rule.salience()).append('\n');
                if (!rule.activationGroup().isEmpty()) {
                    drl.append("    activation-group \"").append(rule.activationGroup()).append("\"\n");
                }
                if (!rule.agendaGroup().isEmpty()) {
                    drl.append("    agenda-group \"").append(rule.agendaGroup()).append("\"\n");
                }
                if (rule.noLoop()) {
                    drl.append("    no-loop\n");
                }
                if (rule.lockOnActive()) {
                    drl.append("    lock-on-active\n");
                }
                drl.append("when\n    ").append(rule.condition()).append('\n');
                switch (rule.action()) {
                    case INSERT_OWN -> drl.append("then\n    insert(new Mark(1));\n    insert(Finding.because(\"gen.reason\"));\n");
                    case MODIFY_OWN -> drl.append("    $m : Mark( n < 5 )\nthen\n    modify($m) { setN($m.getN() + 1) };\n"
                            + "    insert(Finding.because(\"gen.reason\"));\n");
                    case DELETE_OWN -> drl.append("    $m : Mark( )\nthen\n    delete($m);\n    insert(Finding.because(\"gen.reason\"));\n");
                    case FINDING -> drl.append("then\n    insert(Finding.because(\"gen.reason\"));\n");
                }
                drl.append("end\n");
                messages.append(id).append(".summary=s\n").append(id).append(".detail=d\n");
            }
            Files.writeString(folder.resolve("pack.json"), "{ \"name\": \"generated\", \"version\": \"1\" }");
            Files.writeString(folder.resolve("generated.drl"), drl.toString());
            Files.writeString(folder.resolve("messages.properties"), messages.toString());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
