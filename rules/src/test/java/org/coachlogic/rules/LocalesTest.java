package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.Recommendation;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.junit.jupiter.api.Test;

/** Every shipped language is complete: the same keys and placeholders as English, and summaries that fit. */
class LocalesTest {

    private static final Path TEXTS = Path.of("src/main/resources/org/coachlogic/rules");
    /** An argument with its format type ({@code {0,choice}, {1,number}, {2}}), or a parameter: choice texts differ by language. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(?:,\\s*[a-z]+)?|\\$\\{[a-z0-9.-]+}");

    @Test
    void everyShippedLocaleHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Properties english = load(TEXTS.resolve("messages.properties"));
        List<Path> locales = shippedLocales();
        assertThat(locales).extracting(p -> p.getFileName().toString()).contains("messages_de.properties");

        for (Path file : locales) {
            Properties translated = load(file);
            assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys of %s", file.getFileName())
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key,
                        file.getFileName()).isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void anEngineBuildsInEveryShippedLocale() throws IOException {
        // building checks every summary's length and every placeholder against the parameters
        for (Path file : shippedLocales()) {
            String language = file.getFileName().toString().replace("messages_", "").replace(".properties", "");
            CoachingEngine engine = CoachingEngine.builder().locale(Locale.forLanguageTag(language)).build();
            assertThat(engine.rules()).hasSize(CoachingEngine.builder().build().rules().size());
        }
    }

    @Test
    void germanAdviceIsGermanWithGermanNumbers() {
        CoachingEngine german = CoachingEngine.builder().locale(Locale.GERMAN).build();
        CoachingEngine english = CoachingEngine.builder().build();
        ClientFacts facts = ClientFacts.of(Client.of(40, Experience.INTERMEDIATE)).withSleep(new Sleep(5.5))
                .withRedFlags(Set.of(RedFlag.SADDLE_NUMBNESS));

        Advice inGerman = german.evaluate(facts);
        Advice inEnglish = english.evaluate(facts);

        assertThat(inGerman.ids()).isEqualTo(inEnglish.ids());
        assertThat(inGerman.suppressed()).isEqualTo(inEnglish.suppressed());
        Recommendation referral = inGerman.find("safety.cauda-equina").orElseThrow();
        assertThat(referral.summary()).isNotEqualTo(inEnglish.find("safety.cauda-equina").orElseThrow().summary());
        assertThat(referral.because()).singleElement().asString().doesNotContain("reported");
        assertThat(german.evaluate(ClientFacts.of(Client.of(40, Experience.INTERMEDIATE)).withSleep(new Sleep(5.5)))
                .find("recovery.short-sleep").orElseThrow().because())
                .singleElement().asString().contains("5,5");
    }

    private static List<Path> shippedLocales() throws IOException {
        try (Stream<Path> files = Files.list(TEXTS)) {
            return files.filter(f -> f.getFileName().toString().matches("messages_[a-z]{2}\\.properties")).sorted()
                    .toList();
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
