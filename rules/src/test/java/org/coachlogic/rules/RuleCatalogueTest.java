package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coachlogic.CoachingEngine;
import org.coachlogic.RuleInfo;
import org.coachlogic.testkit.RuleCatalogue;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the rules' metadata, and every default rule says when it fires. */
class RuleCatalogueTest {

    private static final CoachingEngine ENGINE = CoachingEngine.builder().build();
    private static final Path CATALOGUE = Path.of("../docs/rules.md");

    @Test
    void theCatalogueInDocsIsUpToDate() throws IOException {
        String generated = RuleCatalogue.markdown(ENGINE);

        assertThat(CATALOGUE).as("docs/rules.md is missing: run ./coach rules --markdown > docs/rules.md").exists();
        assertThat(Files.readString(CATALOGUE))
                .as("docs/rules.md is out of date: run ./coach rules --markdown > docs/rules.md")
                .isEqualTo(generated);
    }

    @Test
    void everyDefaultRuleSaysWhenItFiresAndWhenItWasReviewed() {
        assertThat(ENGINE.rules()).allSatisfy(rule -> {
            assertThat(rule.when()).as(rule.id()).isNotBlank();
            assertThat(rule.reviewed()).as(rule.id()).isNotNull();
        });
        assertThat(ENGINE.rules()).flatExtracting(RuleInfo::parameters).allSatisfy(name ->
                assertThat(ENGINE.parameters()).anySatisfy(p -> assertThat(p.name()).isEqualTo(name)));
    }
}
