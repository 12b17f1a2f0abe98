package org.coachlogic.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.CoachingEngine;
import org.coachlogic.Recommendation;
import org.coachlogic.server.CoachServer;
import org.coachlogic.server.ServerSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What the playground shows, in headless Chromium against the real service. */
class PlaygroundAdviceTest extends PlaygroundPageTest {

    private static final CoachingEngine ENGLISH = CoachingEngine.builder().build();

    @BeforeAll
    static void start() throws IOException {
        startWith(ServerSettings.defaults());
    }

    @Test
    void aRedFlagExampleShowsTheUrgentReferralFirstAndEverythingOutsideSafetyWithheld() {
        // GIVEN what the library itself advises for the red-flag example
        Advice expected = Playground.advice(ENGLISH, "red-flags");

        // WHEN the red-flag example is loaded with one click
        playground.loadExample("red-flags");

        // THEN the urgent referral is the first card, in red, and every card is in the output's order
        WebElement first = browser.find("#recommendations .card");
        assertThat(first.getDomAttribute("data-id")).isEqualTo("safety.cauda-equina");
        assertThat(first.getDomAttribute("data-priority")).isEqualTo("URGENT");
        assertThat(first.getDomAttribute("class")).contains("urgent");
        assertThat(playground.shownIds()).containsExactlyElementsOf(Playground.ids(expected));
        assertThat(browser.findAll("#recommendations .card")).allSatisfy(
                card -> assertThat(card.getDomAttribute("data-category")).isEqualTo(Category.SAFETY.name()));
        // AND the rest is listed as withheld, each with what withheld it
        assertThat(playground.withheld()).isNotEmpty().containsExactlyElementsOf(expected.suppressed());
        Recommendation referral = expected.recommendations().get(0);
        assertThat(first.getText()).contains(referral.summary(), referral.detail(), referral.because().get(0));
        assertThat(first.findElements(org.openqa.selenium.By.cssSelector(".sources a")))
                .extracting(a -> a.getDomAttribute("href"))
                .containsExactlyElementsOf(referral.sources().stream().filter(s -> s.url() != null).map(s -> s.url()).toList());
    }

    @Test
    void changingAFactChangesTheAdvice() {
        // GIVEN the desk worker, who sleeps 6.5 h and is advised about sleep
        assertThat(playground.shownIds()).contains("recovery.short-sleep");

        // WHEN the hours of sleep are changed to eight
        playground.type("$.sleep.hoursPerNight", "8");

        // THEN the sleep advice is gone, and the cards are what the library gives for the edited facts
        assertThat(playground.shownIds()).doesNotContain("recovery.short-sleep").isNotEmpty();
        assertThat(browser.find("#facts-json").getAttribute("textContent")).contains("\"hoursPerNight\": 8");

        // AND changing it back brings the advice back
        playground.type("$.sleep.hoursPerNight", "6.5");
        assertThat(playground.shownIds()).contains("recovery.short-sleep");
    }

    @Test
    void switchingToGermanShowsTheAdviceAndThePageInGerman() {
        // GIVEN the red-flag example, in English
        playground.loadExample("red-flags");
        Recommendation german = Playground.advice(CoachingEngine.builder().locale(Locale.GERMAN).build(), "red-flags")
                .recommendations().get(0);

        // WHEN the language is switched to German
        browser.andWaitForAdvice(() -> new Select(browser.find("#locale")).selectByValue("de"));

        // THEN the advice is the library's German advice, and the page speaks German
        assertThat(playground.card("safety.cauda-equina").getText()).contains(german.summary(), german.detail());
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("de");
        assertThat(browser.find("#advice-heading").getText()).isEqualTo("Empfehlungen");
        assertThat(browser.find("#withheld-heading").getText()).isEqualTo("Zurückgehalten");
    }

    @Test
    void anInvalidValueIsReportedAtItsFieldWithTheServicesMessage() {
        // GIVEN the desk worker
        // WHEN a pain intensity outside 0 to 10 is typed
        playground.type("$.pain.intensity", "12");

        // THEN the service's message stands at that field, which is marked invalid and points to it
        assertThat(playground.problemAt("$.pain.intensity")).contains("between 0 and 10").contains("12");
        WebElement field = playground.field("$.pain.intensity");
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).contains("f_pain_intensity__error");
        // AND no advice stands next to facts it was not given for
        assertThat(playground.shownIds()).isEmpty();
        assertThat(browser.find("#advice-status").getText()).contains("1 problem");

        // AND a valid value clears the message
        playground.type("$.pain.intensity", "3");
        assertThat(playground.problemAt("$.pain.intensity")).isEmpty();
        assertThat(field.getDomAttribute("aria-invalid")).isNull();
        assertThat(playground.shownIds()).isNotEmpty();
    }

    @Test
    void aProblemInsideAListIsReportedAtTheItemItNames() {
        // GIVEN the chronic-pain example, which answered the STarT Back questionnaire
        playground.loadExample("chronic-pain");

        // WHEN the ninth answer is set back to unknown
        browser.andWaitForAdvice(() -> new Select(playground.field("$.screening.startBack.answers[8]")).selectByValue(""));

        // THEN the service's complaint about item 9 stands at item 9
        assertThat(playground.problemAt("$.screening.startBack.answers[8]")).isNotEmpty();
        assertThat(playground.field("$.screening.startBack.answers[8]").getDomAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void theStartBackAssessmentIsShown() {
        // GIVEN what the library scores for the chronic-pain example's answers
        var expected = Playground.advice(ENGLISH, "chronic-pain").assessments().get(0);

        // WHEN the example is loaded
        playground.loadExample("chronic-pain");

        // THEN the assessment shows its score, subscale and risk
        WebElement assessment = browser.find("#assessments .assessment");
        assertThat(assessment.getDomAttribute("data-risk")).isEqualTo(expected.risk().name());
        assertThat(assessment.getText()).contains(expected.score() + " / 9", expected.psychosocialScore() + " / 5");
    }

    @Test
    void incompleteAdviceIsAnnouncedAboveTheSafetyCardsItKeeps() throws IOException {
        // GIVEN a service running a pack whose rule never stops, so that everything after the safety stage fails
        Path runaway = Playground.ROOT.resolve("rules/src/test/resources/attacks/runaway");
        try (CoachServer failing = CoachServer.start(ServerSettings.defaults().withPacks(List.of(runaway), false))) {
            browser.open(failing.baseUrl() + "/");

            // WHEN the red-flag example is loaded
            playground.loadExample("red-flags");

            // THEN a notice says the advice is incomplete, with the engine's reason and rule
            WebElement notice = browser.find("#incomplete");
            assertThat(notice.isDisplayed()).isTrue();
            assertThat(notice.getText()).contains("INCOMPLETE", "attack.spin");
            // AND the urgent referral is still first
            assertThat(playground.shownIds()).first().isEqualTo("safety.cauda-equina");
            // AND the case cannot be saved as a fixture
            browser.find("#save-fixture").click();
            assertThat(browser.find("#action-status").getText()).contains("incomplete");
        }
    }

    @Test
    void theRuleSetsNameAndVersionAreShown() {
        // GIVEN the service running the default rules, without packs
        // THEN the page names the rule set and its version, and says there are no packs
        assertThat(browser.find("#rule-set").getText()).contains(ENGLISH.ruleSet().name(), ENGLISH.ruleSet().version(),
                "no packs");
    }

    @Test
    void theBrowserTakesThePictureForTheDocs() throws IOException {
        // GIVEN a wide window and the red-flag example: an urgent card, and what it withholds
        Dimension size = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(1400, 1500));
        try {
            playground.loadExample("red-flags");
            browser.script("window.scrollTo(0, 0)");

            // WHEN the browser takes a screenshot
            Path file = Path.of("target/playground.png");
            browser.screenshot(file);

            // THEN there is a picture (docs/playground.png is a copy of it)
            assertThat(file).isNotEmptyFile();
        } finally {
            browser.driver.manage().window().setSize(size);
        }
    }
}
