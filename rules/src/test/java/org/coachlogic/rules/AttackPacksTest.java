package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleCompilationException;
import org.coachlogic.RuleProblem;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.LegSymptoms;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.PainRegion;
import org.coachlogic.facts.PainTrend;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Training;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The attacks of issue 10 as pack fixtures ({@code src/test/resources/attacks}): each is refused at build with
 * file and line, or leaves every default safety recommendation exactly as it is without the pack.
 */
class AttackPacksTest {

    private static final Path ATTACKS = Path.of("src/test/resources/attacks");
    private static final ClientFacts BASE = ClientFacts.of(Client.of(45, Experience.INTERMEDIATE))
            .withSleep(new Sleep(8.0)).withTraining(new Training(5.0, true, null));
    private static CoachingEngine defaults;

    @BeforeAll
    static void buildDefaultEngine() {
        defaults = CoachingEngine.builder().build();
    }

    /** One client per red flag, plus the caution findings that do not come from a red flag. */
    private static List<ClientFacts> flaggedClients() {
        List<ClientFacts> clients = new ArrayList<>();
        for (RedFlag flag : RedFlag.values()) {
            clients.add(BASE.withRedFlags(Set.of(flag)));
        }
        clients.add(BASE.withPain(new Pain(PainRegion.LOW_BACK, 5, 1, PainTrend.STABLE, true, null, null)));
        clients.add(BASE.withPain(new Pain(PainRegion.LOW_BACK, 5, 8, PainTrend.WORSENING, null, true,
                LegSymptoms.ONE_SIDE)));
        clients.add(BASE.withRedFlags(Set.of(RedFlag.FEVER, RedFlag.LEG_NUMBNESS, RedFlag.SADDLE_NUMBNESS)));
        return clients;
    }

    private static List<Recommendation> safety(Advice advice) {
        return advice.recommendations().stream().filter(r -> r.category() == Category.SAFETY
                && !r.id().startsWith("attack.")).toList();
    }

    private static CoachingEngine engineWith(String attack) {
        return CoachingEngine.builder().withPack(ATTACKS.resolve(attack)).build();
    }

    private static List<String> problems(String attack) {
        List<String> problems = new ArrayList<>();
        assertThatThrownBy(() -> engineWith(attack)).isInstanceOfSatisfying(RuleCompilationException.class,
                e -> e.ruleProblems().stream().map(RuleProblem::toString).forEach(problems::add));
        return problems;
    }

    @Test
    void anMvelConsequenceThatClearsTheAgendaIsRefused() {
        assertThat(problems("mvel-clears-agenda")).singleElement().asString()
                .startsWith("mvel-clears-agenda: clear.drl:12: rule \"Clear the agenda, MVEL spelling\": the "
                        + "consequence calls kieRuntime(...)");
    }

    @Test
    void overridingOrShadowingADefaultSafetyRuleIsRefused() {
        assertThat(problems("overrides-cauda-equina")).containsExactlyInAnyOrder(
                "overrides-cauda-equina: pack.json:2:18: cannot override safety.cauda-equina: it is a default URGENT "
                        + "SAFETY rule, and default safety rules cannot be replaced",
                "overrides-cauda-equina: never.drl:6: rule \"Cauda equina, never\": id safety.cauda-equina is a "
                        + "default URGENT SAFETY rule; a pack cannot override, weaken or reword a default safety "
                        + "rule (add a SAFETY rule with an id of its own instead)");
        assertThat(problems("query-replaces-safety-rule")).containsExactlyInAnyOrder(
                "query-replaces-safety-rule: shadow.drl:5: query \"Possible fracture after major trauma\": package "
                        + "org.coachlogic.rules.safety belongs to the default safety rules; use a package of your own",
                "query-replaces-safety-rule: shadow.drl:5: query \"Possible fracture after major trauma\": package "
                        + "org.coachlogic.rules.safety already has a default rule with this name (safety.fracture); "
                        + "a pack cannot replace a default rule by its name: rename the query or its package");
        assertThat(problems("query-replaces-advice-rule")).containsExactly(
                "query-replaces-advice-rule: shadow.drl:5: query \"Short sleep\": package org.coachlogic.rules "
                        + "already has a default rule with this name (recovery.short-sleep); a pack cannot replace a "
                        + "default rule by its name: rename the query or its package");
    }

    @Test
    void disablingOrOverridingTheCautionRulesIsRefused() {
        assertThat(problems("disables-cautions")).contains(
                "disables-cautions: pack.json:2:17: cannot disable safety.night-pain: it is a default CAUTION SAFETY "
                        + "rule, and default safety rules cannot be switched off",
                "disables-cautions: pack.json:3:17: cannot disable safety.neurological-signs: it is a default CAUTION "
                        + "SAFETY rule, and default safety rules cannot be switched off",
                "disables-cautions: pack.json:4:18: cannot override safety.acute-injury: it is a default CAUTION SAFETY "
                        + "rule, and default safety rules cannot be replaced");
    }

    @Test
    void aConsequenceThatRemovesARuleIsRefusedAtBuild() {
        assertThat(problems("removes-rule")).singleElement().asString()
                .startsWith("removes-rule: remove.drl:10: rule \"Remove the infection referral\": the consequence "
                        + "calls getKieRuntime(...)");
    }

    @Test
    void packMessagesCannotRedefineBlankOrBreakTheRuleSetsTexts() {
        assertThat(problems("redefines-messages")).containsExactlyInAnyOrder(
                "redefines-messages: messages.properties:3: messages.properties: key because.sign is one of the rule "
                        + "set's own texts; a pack cannot redefine it (use a key of your own, such as "
                        + "because.<your-pack>.<name>)",
                "redefines-messages: messages.properties:4: messages.properties: key because.pain.acuteInjury is one "
                        + "of the rule set's own texts; a pack cannot redefine it (use a key of your own, such as "
                        + "because.<your-pack>.<name>)",
                "redefines-messages: messages.properties:5: messages.properties: key safety.cauda-equina.summary is "
                        + "one of the rule set's own texts; a pack cannot redefine it (use a key of your own, such as "
                        + "because.<your-pack>.<name>)",
                "redefines-messages: messages.properties:6: messages.properties: because.attack.slept formats an "
                        + "argument as a date or time; reason arguments are numbers, words and lists");
        assertThat(problems("breaks-messages")).singleElement().asString()
                .startsWith("breaks-messages: messages.properties:3: because.attack.slept is not a valid text "
                        + "template");
    }

    @ParameterizedTest
    @ValueSource(strings = {"function-clears-agenda", "function-removes-rules", "hides-red-flags", "runaway",
            "loads-on-caution"})
    void aPackThatBuildsLeavesEverySafetyRecommendationAsItIs(String attack) {
        // GIVEN the attack pack, and clients with every red flag and caution finding
        CoachingEngine attacked = engineWith(attack);

        for (int round = 0; round < 2; round++) {
            for (ClientFacts client : flaggedClients()) {
                // WHEN the same client is evaluated with and without the pack (twice: a later evaluation too)
                Advice with = attacked.evaluate(client);
                Advice without = defaults.evaluate(client);

                // THEN the default safety recommendations are the same, in the same order, with the same texts
                assertThat(safety(with)).as("%s, round %d, %s", attack, round, client.redFlags())
                        .isNotEmpty().isEqualTo(safety(without));
                assertThat(with.recommendations().subList(0, safety(without).size())).isEqualTo(safety(without));
                AdviceInvariants.acuteInjuryWithholdsLoadAndProgramming(client, with);
            }
        }
    }

    @Test
    void aPackThatClearsTheAgendaThroughAFunctionCannotReachTheSafetyStage() {
        // GIVEN a pack whose first rule clears the agenda through a function, which no build check sees
        CoachingEngine attacked = engineWith("function-clears-agenda");

        // WHEN
        Advice advice = attacked.evaluate(BASE.withRedFlags(Set.of(RedFlag.FEVER)));

        // THEN the urgent referral is there, first, with the default texts: the safety stage ran on its own
        assertThat(advice.recommendations().get(0)).isEqualTo(
                defaults.evaluate(BASE.withRedFlags(Set.of(RedFlag.FEVER))).recommendations().get(0));
    }

    @Test
    void aPackThatRemovesRulesCannotChangeALaterEvaluation() {
        // GIVEN an engine whose pack tries to remove a default rule on every evaluation
        CoachingEngine attacked = engineWith("function-removes-rules");
        ClientFacts fever = BASE.withRedFlags(Set.of(RedFlag.FEVER));

        // WHEN the first evaluation runs the attack
        Advice first = attacked.evaluate(fever);

        // THEN the rule base refused the change: the safety advice stands, marked incomplete, and so does the next
        assertThat(first.complete()).isFalse();
        assertThat(first.failure().orElseThrow().message()).contains("the rule base is sealed");
        assertThat(first.ids()).containsExactly("safety.infection");
        assertThat(attacked.evaluate(fever).ids()).containsExactly("safety.infection");
        assertThat(attacked.rules()).extracting(r -> r.id()).contains("load.progression-ready", "safety.infection");
    }

    @Test
    void aPackThatReplacesTheFindingsGlobalFailsItsEvaluationAndLeavesTheNextClientsAdviceAsItIs() {
        // GIVEN an engine whose pack replaces the findings global (with one that drops every report) for old clients
        CoachingEngine attacked = engineWith("function-replaces-findings");
        ClientFacts old = ClientFacts.of(Client.of(95, Experience.INTERMEDIATE)).withRedFlags(Set.of(RedFlag.FEVER))
                .withSleep(new Sleep(5.0));

        // WHEN an old client is evaluated
        Advice first = attacked.evaluate(old);

        // THEN the advice stage failed rather than give advice with reports lost, and the safety advice stands
        assertThat(first.complete()).isFalse();
        assertThat(first.failure().orElseThrow().message()).contains("rules may not set globals");
        assertThat(first.ids()).containsExactly("safety.infection");
        // AND later clients, through the sessions the engine keeps between evaluations, get the default advice
        for (int i = 0; i < 5; i++) {
            assertThat(attacked.evaluate(BASE).recommendations()).isEqualTo(defaults.evaluate(BASE).recommendations());
        }
    }

    @Test
    void aPacksLoadAdviceIsWithheldByEveryAssessmentFirstCaution() {
        // GIVEN a pack that always adds load, in LOAD and in another category declared @addsLoad
        CoachingEngine attacked = engineWith("loads-on-caution");

        // WHEN / THEN a client with leg numbness (tier assess) gets neither, each withheld by the caution
        Advice numb = attacked.evaluate(BASE.withRedFlags(Set.of(RedFlag.LEG_NUMBNESS)));
        assertThat(numb.ids()).doesNotContain("attack.add-load", "attack.heavy-technique");
        assertThat(numb.suppressed()).extracting(s -> s.id() + " by " + s.by())
                .contains("attack.add-load by safety.neurological-signs",
                        "attack.heavy-technique by safety.neurological-signs");
        assertThat(attacked.evaluate(BASE).ids()).contains("attack.add-load", "attack.heavy-technique");
    }
}
