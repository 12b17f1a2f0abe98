package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coachlogic.CoachingEngine;
import org.coachlogic.RuleCompilationException;
import org.coachlogic.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each mistake a vendor makes in a pack is reported once, at its file and line, in plain words, with no
 * follow-on errors. Each broken pack under packs/mistakes is named after its mistake.
 */
class PackMistakesTest {

    private static final Path MISTAKES = Path.of("src/test/resources/packs/mistakes");

    private static String[] problems(Path pack) {
        RuleCompilationException thrown = null;
        try {
            CoachingEngine.builder().withPack(pack).build();
        } catch (RuleCompilationException e) {
            thrown = e;
        }
        assertThat(thrown).as("the pack %s is refused", pack).isNotNull();
        return thrown.ruleProblems().stream().map(RuleProblem::toString).toArray(String[]::new);
    }

    @Test
    void aRuleMissingItsSemicolonAndEndIsOneProblemAtItsLastLineAndTheNextFileKeepsItsOwn() {
        assertThat(problems(MISTAKES.resolve("missing-end-and-semicolon"))).containsExactly(
                "missing-end-and-semicolon: a.drl:10: rule \"Missing semicolon and end\" (line 5) has no \"end\" before "
                        + "the next rule at line 12; close it with a line \"end\" (check the statement before it ends with \";\")",
                "missing-end-and-semicolon: b.drl:5: rule \"Own problem\": the message bundle has no m.c.summary");
    }

    @Test
    void anOverrideOfARuleRefusedForAnotherReasonIsNotAlsoReportedAsMissing() {
        assertThat(problems(MISTAKES.resolve("override-of-refused-rule"))).containsExactly(
                "override-of-refused-rule: rules.drl:5: rule \"Short sleep, our limit\": unknown source key \"no-such-source\"");
    }

    @Test
    void aMisspeltEnumValueIsNamedAtItsLineWithTheValueMeant() {
        assertThat(problems(MISTAKES.resolve("enum-typo"))).containsExactly(
                "enum-typo: rules.drl:8: PainTrend has no value WORSENNING; did you mean WORSENING?");
    }

    @Test
    void aReasonKeyWithoutATextIsABuildError() {
        assertThat(problems(MISTAKES.resolve("reason-without-text"))).containsExactly(
                "reason-without-text: rules.drl:10: rule \"Reason without text\": reason \"m.advancedStrength\" has no "
                        + "text: add because.m.advancedStrength=... to messages.properties");
    }

    @Test
    void anInvalidReasonTemplateIsReportedWithItsLine() {
        assertThat(problems(MISTAKES.resolve("bad-message-format"))).containsExactly(
                "bad-message-format: messages.properties:3: because.m.reason is not a valid text template (Unmatched "
                        + "braces in the pattern.): placeholders are {0}, {1}, ...; write a quote as '' and a brace as '{'");
    }

    @Test
    void anInvalidUnicodeEscapeInTheMessagesIsReportedWithItsLine() {
        assertThat(problems(MISTAKES.resolve("bad-unicode-escape"))).containsExactly(
                "bad-unicode-escape: messages.properties:2: \"\\uZZZZ\" is not a character escape: \\u must be followed "
                        + "by four hexadecimal digits, as in \\u00e9");
    }

    @Test
    void aSourceUrlMustBeHttpsHttpOrADoi() {
        assertThat(problems(MISTAKES.resolve("unsafe-source-url"))).containsExactly(
                "unsafe-source-url: pack.json:1:61: source m-script has \"url\" javascript:alert(1): a source's URL must start "
                        + "with https:// or http://, or be a DOI (10.1234/...)",
                "unsafe-source-url: pack.json:1:154: source m-data has \"url\" data:text/html,hi: a source's URL must start "
                        + "with https:// or http://, or be a DOI (10.1234/...)");
    }

    @Test
    void aPackCannotRedefineADefaultSourceKey() {
        assertThat(problems(MISTAKES.resolve("redefined-default-source"))).containsExactly(
                "redefined-default-source: pack.json:1:68: source key \"nice-ng59\" is a default source; a pack cannot "
                        + "redefine it: cite it as it is, or give yours another key");
    }

    @Test
    void aPackJsonMistakeIsReportedAtTheLineAndColumnOfItsKeyOrEntry(@TempDir Path pack) throws IOException {
        // GIVEN a pack.json with a misspelt key and, second in its list, a rule to disable that nobody has
        Files.writeString(pack.resolve("pack.json"), """
                {
                  "name": "placed",
                  "version": "1",
                  "overides": [],
                  "disables": [
                    { "id": "activity.no-passive-supports", "reason": "ours" },
                    { "id": "m.missing", "reason": "ours" }
                  ]
                }
                """);
        Files.writeString(pack.resolve("rules.drl"), """
                package m;
                import org.coachlogic.facts.*;
                import org.coachlogic.spi.Finding;
                rule "There" @id("m.there") @category("RECOVERY") @priority("ADVICE") @sources("aasm-2015")
                    @reviewed("2026-12-01")
                when Sleep( hoursPerNight < 6.0 ) then insert(Finding.because("sleep.short", 5, 6));
                end
                """);
        Files.writeString(pack.resolve("messages.properties"), "m.there.summary=S\nm.there.detail=D\n");

        // WHEN building an engine with it, THEN each problem is at its line and column, the typo with the key meant
        assertThat(problems(pack)).containsExactly(
                "placed: pack.json:4:3: unknown key \"overides\"; expected one of [description, disables, files, name, "
                        + "overrides, parameterDefinitions, parameters, sources, version]; did you mean overrides?",
                "placed: pack.json:7:5: \"disables\" lists m.missing, which no earlier rule has");
    }

    @Test
    void aPackJsonNestedTooDeeplyIsOneProblemWithItsLine(@TempDir Path pack) throws IOException {
        Files.writeString(pack.resolve("pack.json"), "{ \"name\": \"deep\", \"version\": \"1\",\n\"description\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Files.copy(MISTAKES.resolve("enum-typo/messages.properties"), pack.resolve("messages.properties"));
        Files.writeString(pack.resolve("rules.drl"), Files.readString(MISTAKES.resolve("bad-message-format/rules.drl")));

        assertThatThrownBy(() -> CoachingEngine.builder().withPack(pack).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.ruleProblems())
                        .extracting(RuleProblem::file, RuleProblem::line).contains(
                                org.assertj.core.groups.Tuple.tuple("pack.json", 2)));
    }
}
