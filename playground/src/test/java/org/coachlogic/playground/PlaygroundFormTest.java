package org.coachlogic.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.coachlogic.server.CoachServer;
import org.coachlogic.server.ServerSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The form the playground builds from the facts schema, and whether everyone can use it. */
class PlaygroundFormTest extends PlaygroundPageTest {


    @BeforeAll
    static void start() throws IOException {
        startWith(ServerSettings.defaults());
    }

    @Test
    void everyFieldOfTheServedFactsSchemaHasAControl() throws IOException {
        // GIVEN every field of the facts schema the service serves
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(URI.create(playground.server.baseUrl() + "/" + browser.script(
                "return API.schema")).toURL());
        Set<String> fields = new TreeSet<>();
        leaves(schema, schema, "$", fields);

        // WHEN the page has built its form
        Set<String> controls = new TreeSet<>();
        browser.findAll("#facts-form [data-path]:not(fieldset)").forEach(c -> controls.add(c.getDomAttribute("data-path")));

        // THEN each field has its control, and there is no control for anything else
        assertThat(fields).hasSizeGreaterThan(30);
        assertThat(controls).containsExactlyElementsOf(fields);
    }

    @Test
    void everyControlHasALabel() {
        // GIVEN the page with its form built
        // WHEN each input, select and button is checked for a name a screen reader can say
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) browser.script("""
                return [...document.querySelectorAll('input, select, textarea, button')].filter(e => {
                  const labels = [...(e.labels || [])].some(l => l.textContent.trim());
                  const named = e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');
                  const text = e.tagName === 'BUTTON' && e.textContent.trim();
                  return !(labels || named || text);
                }).map(e => e.id || e.outerHTML);""");
        long controls = browser.findAll("input, select, textarea, button").size();

        // THEN none lacks one
        assertThat(controls).isGreaterThan(50);
        assertThat(unlabelled).isEmpty();
    }

    @Test
    void everyVisibleTextHasAContrastOfAtLeastFourAndAHalfToOne() {
        // GIVEN the page in each state that brings its own colours: urgent cards, caution and advice cards,
        // and a problem at a field
        Map<Runnable, String> states = new java.util.LinkedHashMap<>();
        states.put(() -> playground.loadExample("red-flags"), ".card.urgent");
        states.put(() -> playground.loadExample("chronic-pain"), ".card.caution ~ .card.advice");
        states.put(() -> playground.type("$.pain.intensity", "11"), "[data-error-for='$.pain.intensity']:not(:empty)");
        for (Map.Entry<Runnable, String> state : states.entrySet()) {
            state.getKey().run();
            assertThat(browser.findAll(state.getValue())).as(state.getValue()).isNotEmpty();

            // WHEN the contrast of each visible text against its background is measured (WCAG 2 formula)
            Map<String, Object> measured = contrast();

            // THEN every text reaches 4.5:1
            assertThat(((Number) measured.get("checked")).intValue()).isGreaterThan(100);
            assertThat((List<?>) measured.get("low")).as(browser.find("#advice-status").getText()).isEmpty();
        }
    }

    /** Every visible text below the contrast of 4.5:1, and how many texts were measured. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> contrast() {
        return (Map<String, Object>) browser.script("""
                const parse = s => { const p = s.match(/rgba?\\(([^)]+)\\)/)[1].split(',').map(Number);
                                     return {rgb: p.slice(0, 3), a: p.length > 3 ? p[3] : 1}; };
                const lum = rgb => { const [r, g, b] = rgb.map(v => { v /= 255;
                    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                const background = e => { for (; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
                                          if (c.a > 0) return c.rgb; } return [255, 255, 255]; };
                const low = []; let checked = 0;
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const node = walker.currentNode, e = node.parentElement;
                  if (!node.textContent.trim() || e.tagName === 'OPTION') continue;
                  const box = e.getBoundingClientRect();
                  if (box.width === 0 || box.right < 0 || e.closest('[hidden]')) continue;
                  checked++;
                  const a = lum(parse(getComputedStyle(e).color).rgb), b = lum(background(e));
                  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                  if (ratio < 4.5) low.push({text: node.textContent.trim().slice(0, 40), ratio});
                }
                return {low, checked};""");
    }

    @Test
    void anExampleCanBeLoadedAndAFactChangedWithTheKeyboardAlone() {
        // GIVEN the page, with the focus at its start
        browser.script("document.activeElement.blur(); window.scrollTo(0, 0)");

        // WHEN Tab is pressed until the red-flag example's button has the focus, then Enter
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < 30 && !"red-flags".equals(focused().getDomAttribute("data-example")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused().getDomAttribute("data-example")).isEqualTo("red-flags");
        browser.andWaitForAdvice(() -> keys.sendKeys(Keys.ENTER).perform());

        // THEN the red-flag advice is shown
        assertThat(playground.shownIds()).first().isEqualTo("safety.cauda-equina");

        // AND WHEN saddle numbness is unticked with the space bar, the referral no longer gives it as a reason
        assertThat(playground.card("safety.cauda-equina").getText()).contains("saddle numbness");
        browser.andWaitForAdvice(() -> browser.find("#f_redFlags__SADDLE_NUMBNESS").sendKeys(Keys.SPACE));
        assertThat(browser.find("#f_redFlags__SADDLE_NUMBNESS").isSelected()).isFalse();
        assertThat(playground.card("safety.cauda-equina").getText()).doesNotContain("saddle numbness");
    }

    @Test
    void aServiceThatAsksForAnApiKeyAnswersOnceTheKeyIsEntered() throws IOException {
        // GIVEN a service that accepts one API key and nothing else
        try (CoachServer secured = CoachServer.start(ServerSettings.defaults().withAuth(Set.of("key-for-the-playground"),
                Map.of(), null))) {
            browser.driver.get(secured.baseUrl() + "/");
            browser.waitFor(d -> "failed".equals(browser.state()));

            // THEN without the key the page says it needs one, and shows no advice
            assertThat(browser.find("#advice-status").getText()).contains("API key");
            assertThat(playground.shownIds()).isEmpty();

            // WHEN the key is entered
            browser.andWaitForAdvice(() -> {
                browser.find("#api-key").sendKeys("key-for-the-playground");
                browser.find("#api-key").sendKeys(Keys.TAB);
            });

            // THEN the advice and the rule set are there
            assertThat(browser.state()).isEqualTo("ready");
            assertThat(playground.shownIds()).isNotEmpty();
            browser.waitFor(d -> !browser.find("#rule-set").getText().isEmpty());
        }
    }

    private static WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    /** The JSON paths of the schema's fields: a list of choices or of answers is one field, as in the form. */
    private static void leaves(JsonNode root, JsonNode node, String path, Set<String> into) {
        JsonNode schema = resolve(root, node);
        if (schema.has("properties")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                leaves(root, property.getValue(), path + "." + property.getKey(), into);
            }
        } else if (schema.has("prefixItems")) {
            for (int i = 0; i < schema.get("prefixItems").size(); i++) {
                into.add(path + "[" + i + "]");
            }
        } else {
            into.add(path);
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode schema = node;
        while (schema.has("$ref")) {
            schema = root.at(schema.get("$ref").asText().substring(1));
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (schema.has(choice)) {
                List<JsonNode> options = new ArrayList<>();
                schema.get(choice).forEach(o -> {
                    JsonNode resolved = resolve(root, o);
                    if (!"null".equals(resolved.path("type").asText())) {
                        options.add(resolved);
                    }
                });
                if (options.size() == 1) {
                    return options.get(0);
                }
            }
        }
        return schema;
    }
}
