package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coachlogic.testkit.CoachingAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.DisabledRule;
import org.coachlogic.Priority;
import org.coachlogic.RuleCompilationException;
import org.coachlogic.RuleInfo;
import org.coachlogic.RuleProblem;
import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Training;
import org.coachlogic.testkit.BehaviourDiff;
import org.junit.jupiter.api.Test;

/** Vendor rule packs on top of the default rules: what they may change, and what they never may. */
class RulePackTest {

    private static final Path PACKS = Path.of("src/test/resources/packs");
    private static final ClientFacts CLIENT = ClientFacts.of(Client.of(40, Experience.INTERMEDIATE));

    private static CoachingEngine engineWith(String pack) {
        return CoachingEngine.builder().withPack(PACKS.resolve(pack)).build();
    }

    @Test
    void aPackAddsOverridesAndDisablesRulesAndSaysSo() {
        CoachingEngine engine = engineWith("good");

        assertThat(engine.rules()).filteredOn(r -> r.id().equals("recovery.short-sleep")).singleElement()
                .satisfies(rule -> {
                    assertThat(rule.pack()).isEqualTo("test-clinic");
                    assertThat(rule.overrideReason()).isEqualTo("Our clinic screens sleep under 6 h only.");
                });
        assertThat(engine.rules()).extracting(RuleInfo::id).contains("clinic.daily-walk")
                .doesNotContain("activity.no-passive-supports");
        assertThat(engine.disabledRules()).containsExactly(new DisabledRule("activity.no-passive-supports",
                "test-clinic", "Our app covers braces in its own education module."));
        assertThat(engine.ruleSet().name()).isEqualTo("coachlogic-default+test-clinic");
        assertThat(engine.ruleSet().version()).endsWith("+1.0.0");
    }

    @Test
    void theOverrideReplacesTheDefaultBehaviour() {
        CoachingEngine engine = engineWith("good");

        assertThat(engine.evaluate(CLIENT.withSleep(new Sleep(6.5)))).didNotFire("recovery.short-sleep");
        Advice advice = engine.evaluate(CLIENT.withSleep(new Sleep(5.5))
                .withActivity(new Activity(null, null, null, 30, null)));
        assertThat(advice).usingRulesOf(engine).fired("recovery.short-sleep", "clinic.daily-walk");
        assertThat(advice.find("recovery.short-sleep").orElseThrow().because())
                .containsExactly("sleep of 5.5 h per night is under 6 h");
        assertThat(advice.find("clinic.daily-walk").orElseThrow().sources()).extracting(s -> s.key())
                .containsExactly("clinic-protocol-2026", "who-2020");
    }

    @Test
    void everyProblemInABrokenPackIsReportedWithFileAndLineAtOnce() {
        assertThatThrownBy(() -> engineWith("broken"))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.ruleProblems())
                        .extracting(RuleProblem::toString)
                        .containsExactly(
                                "broken-pack: pack.json:1:44: unknown key \"colour\"; expected one of [description, disables, files, name, overrides, parameterDefinitions, parameters, sources, version]",
                                "broken-pack: a.drl:6: rule \"No metadata at all\": @id is missing (for example @id(\"recovery.short-sleep\"))",
                                "broken-pack: a.drl:6: rule \"No metadata at all\": @category is missing; one of [SAFETY, ACTIVITY, LOAD, TECHNIQUE, RECOVERY, MINDSET, PROGRAMMING]",
                                "broken-pack: a.drl:6: rule \"No metadata at all\": @priority is missing; one of [URGENT, CAUTION, ADVICE]",
                                "broken-pack: a.drl:6: rule \"No metadata at all\": @sources is missing; name at least one source key",
                                "broken-pack: a.drl:6: rule \"No metadata at all\": @reviewed is missing; give the date its content was last checked against its sources, as @reviewed(\"2026-11-21\")",
                                "broken-pack: a.drl:13: rule \"Unknown source and field\": @priority is \"SOON\", not one of [URGENT, CAUTION, ADVICE]",
                                "broken-pack: a.drl:13: rule \"Unknown source and field\": unknown source key \"no-such-source\"",
                                "broken-pack: a.drl:16: Sleep has no field hoursOfSleep; did you mean hoursPerNight?",
                                "broken-pack: b.drl:6: Rule Compilation error Type mismatch: cannot convert from String to int"));
    }

    @Test
    void compilerErrorsAreLocatedByFileAndLine() {
        // GIVEN a pack whose metadata is fine but whose DRL does not compile: an unknown field in a condition
        // (reported at its line) and a type error in a consequence (reported at its rule's line)
        Path pack = PACKS.resolve("does-not-compile");

        assertThatThrownBy(() -> CoachingEngine.builder().withPack(pack).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.ruleProblems())
                        .extracting(p -> p.file() + ":" + p.line())
                        .containsExactlyInAnyOrder("bad.drl:9", "bad.drl:14"));
    }

    @Test
    void aPackCannotOverrideDisableOrOutrankADefaultSafetyRule() {
        assertThatThrownBy(() -> engineWith("weakens-safety"))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.ruleProblems())
                        .extracting(RuleProblem::toString)
                        .containsExactlyInAnyOrder(
                                "weakens-safety: pack.json:2:18: cannot override safety.cauda-equina: it is a default URGENT SAFETY rule, and default safety rules cannot be replaced",
                                "weakens-safety: pack.json:3:17: cannot disable safety.infection: it is a default URGENT SAFETY rule, and default safety rules cannot be switched off",
                                "weakens-safety: soft.drl:6: rule \"Softer cauda equina\": a CAUTION SAFETY rule must declare @tier(\"assess\") (assessment before loading: withholds every recommendation that adds load) or @tier(\"review\") (a review while training goes on: holds nothing back)",
                                "weakens-safety: soft.drl:14: rule \"Hide safety\": @suppresses is not read any more: what a safety recommendation withholds follows from its @tier (\"assess\" withholds every recommendation that adds load), and whether a recommendation adds load from its category or @addsLoad",
                                "weakens-safety: soft.drl:22: rule \"Urgent load\": URGENT is reserved for SAFETY rules (same-day referral); use CAUTION or ADVICE"));
    }

    @Test
    void packLoadAdviceNeverSitsNextToARedFlag() {
        CoachingEngine engine = engineWith("loads-on-flag");

        Advice calm = engine.evaluate(CLIENT);
        Advice flagged = engine.evaluate(CLIENT.withRedFlags(Set.of(RedFlag.SADDLE_NUMBNESS)));

        assertThat(calm).usingRulesOf(engine).shows("loads.always-add");
        assertThat(flagged).usingRulesOf(engine).hasTop(Category.SAFETY, Priority.URGENT).suppressed("loads.always-add");
        assertThat(flagged.recommendations()).allSatisfy(r -> assertThat(r.category()).isEqualTo(Category.SAFETY));
    }

    @Test
    void aRuleThatDeletesAnInputFactLeavesTheSafetyAdviceMarkedIncomplete() {
        CoachingEngine engine = engineWith("deletes-flag");

        Advice advice = engine.evaluate(CLIENT.withRedFlags(Set.of(RedFlag.FEVER)));

        assertThat(advice.complete()).isFalse();
        assertThat(advice.ids()).containsExactly("safety.infection");
        assertThat(advice.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.rule()).hasValue("hide.flags");
            assertThat(failure.message()).contains("deleted an input fact (RedFlag); input facts are read-only");
        });
    }

    @Test
    void aRuleThatHaltsTheSessionIsRefused() {
        assertThatThrownBy(() -> engineWith("halts-early"))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("halt.drl:13: rule \"Say one thing and stop everything else\": the consequence "
                        + "calls halt(...)");
    }

    @Test
    void aPackRuleMayNotControlTheAgendaOrTheSession() {
        assertThatThrownBy(() -> engineWith("clears-agenda"))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.ruleProblems())
                        .extracting(Object::toString)
                        .containsExactly("clears-agenda: clear.drl:12: rule \"Clear what is due\": the consequence "
                                + "calls getKieRuntime(...); a rule may insert, modify and delete its own facts, but not "
                                + "control the session, the agenda or the rule base"));
    }

    @Test
    void aRuleMayDeleteFactsThatRulesInserted() {
        CoachingEngine engine = engineWith("own-facts");

        assertThat(engine.evaluate(CLIENT.withSleep(new Sleep(8.0)))).usingRulesOf(engine).fired("own.clear");
    }

    @Test
    void aPackRuleMatchingFindingSeesTheDefaultRulesFindingsAndLeavesTheirRecommendationsAsTheyWere() {
        CoachingEngine engine = engineWith("sees-findings");
        ClientFacts spike = CLIENT.withTraining(new Training(30.0, null, null));
        Advice without = CoachingEngine.builder().build().evaluate(spike);

        Advice advice = engine.evaluate(spike);

        assertThat(advice).usingRulesOf(engine).fired("load.spike", "sees.count");
        assertThat(advice.recommendations()).filteredOn(r -> !r.id().equals("sees.count"))
                .containsExactlyElementsOf(without.recommendations());
    }

    @Test
    void aRunawayRuleIsStoppedByTheFiringBoundAndTheEngineStaysUsable() {
        CoachingEngine engine = CoachingEngine.builder().withPack(PACKS.resolve("runaway")).maxRuleFirings(500).build();
        ClientFacts sleeper = CLIENT.withSleep(new Sleep(8.0)).withRedFlags(Set.of(RedFlag.SADDLE_NUMBNESS));

        Advice advice = engine.evaluate(sleeper);

        assertThat(advice.complete()).isFalse();
        assertThat(advice.ids()).containsExactly("safety.cauda-equina");
        assertThat(advice.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.rule()).hasValue("runaway.count");
            assertThat(failure.message()).contains("stopped after 500 rule firings");
        });
        assertThat(engine.evaluate(CLIENT.withTraining(new Training(30.0, null, null)))).fired("load.spike");
    }

    @Test
    void aRunawayRuleIsStoppedByTheOptInCpuTimeBoundToo() {
        CoachingEngine engine = CoachingEngine.builder().withPack(PACKS.resolve("runaway"))
                .maxRuleFirings(Integer.MAX_VALUE).cpuTimeLimit(java.time.Duration.ofMillis(200)).build();

        Advice advice = engine.evaluate(CLIENT.withSleep(new Sleep(8.0)));

        assertThat(advice.complete()).isFalse();
        assertThat(advice.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.message()).contains("ms of CPU time (the limit is 200 ms)");
            assertThat(failure.rule()).hasValue("runaway.count");
        });
    }

    @Test
    void aPainFreeClientStillGetsNoPainAdviceFromDefaultsWithAPack() {
        assertThat(engineWith("good").evaluate(CLIENT.withPain(new Pain(null, 0, null, null, null, null, null))))
                .didNotFire("activity.keep-training");
    }

    @Test
    void theBehaviourDiffListsWhatAPackChangesPerInput() {
        CoachingEngine defaults = CoachingEngine.builder().build();
        List<BehaviourDiff.Input> inputs = List.of(
                new BehaviourDiff.Input("sleeps 6.5 h", CLIENT.withSleep(new Sleep(6.5))),
                new BehaviourDiff.Input("walks little, in pain", CLIENT
                        .withActivity(new Activity(null, null, null, 30, null))
                        .withPain(new Pain(null, 3, 2, null, null, null, null))),
                new BehaviourDiff.Input("nothing to say", CLIENT));

        BehaviourDiff diff = BehaviourDiff.compare(defaults, engineWith("good"), inputs);

        assertThat(diff.toText()).isEqualTo("""
                sleeps 6.5 h
                  - recovery.short-sleep (was ADVICE)
                walks little, in pain
                  - activity.no-passive-supports (was ADVICE)
                  + clinic.daily-walk (ADVICE)
                3 inputs, 2 changed: 1 appeared, 2 disappeared, 0 changed priority
                """);
    }

    @Test
    void aClasspathPackLoadsByLocationAndADiscoveredOneThroughServiceLoader() {
        ClientFacts sitter = CLIENT.withActivity(new Activity(11.0, null, null, null, null));

        CoachingEngine byLocation = CoachingEngine.builder().withClasspathPack("com/example/discovered").build();
        CoachingEngine discovered = CoachingEngine.builder().discoverPacks().build();
        CoachingEngine plain = CoachingEngine.builder().build();

        assertThat(byLocation.evaluate(sitter)).usingRulesOf(byLocation).fired("discovered.stretch");
        assertThat(discovered.evaluate(sitter)).usingRulesOf(discovered).fired("discovered.stretch");
        assertThat(discovered.rules()).filteredOn(r -> r.id().equals("discovered.stretch"))
                .extracting(RuleInfo::pack).containsExactly("discovered-pack");
        assertThat(plain.evaluate(sitter)).usingRulesOf(discovered).didNotFire("discovered.stretch");
    }

    @Test
    void aClasspathPackMustListItsFiles() {
        assertThatThrownBy(() -> CoachingEngine.builder().withClasspathPack("packs/good").build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("test-clinic: pack.json: a classpath pack must list its DRL and decision-table files under \"files\"");
    }
}
