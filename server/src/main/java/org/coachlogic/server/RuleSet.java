package org.coachlogic.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.coachlogic.CoachingEngine;
import org.coachlogic.DisabledRule;
import org.coachlogic.ParameterInfo;
import org.coachlogic.RuleInfo;
import org.coachlogic.Source;

/**
 * One compiled rule set as the service runs it: an engine per supported language, all from the same rules,
 * packs and parameters, and a fingerprint of what they were built from. Immutable; a reload builds a new one
 * and swaps it in whole, so a request sees one rule set from start to end.
 */
final class RuleSet {

    /** The languages the default rules have texts for. */
    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final Map<String, CoachingEngine> engines;
    private final Locale defaultLocale;
    private final List<Path> packs;
    private final String fingerprint;

    private RuleSet(Map<String, CoachingEngine> engines, Locale defaultLocale, List<Path> packs, String fingerprint) {
        this.engines = engines;
        this.defaultLocale = defaultLocale;
        this.packs = packs;
        this.fingerprint = fingerprint;
    }

    /**
     * Builds the engines; throws what {@link CoachingEngine.Builder#build()} throws, for the first language
     * that fails (they share the rules, so all fail alike).
     */
    static RuleSet build(ServerSettings settings) {
        Map<String, CoachingEngine> engines = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            CoachingEngine.Builder builder = CoachingEngine.builder().locale(locale);
            settings.packs().forEach(builder::withPack);
            settings.parameters().forEach(builder::parameter);
            engines.put(locale.getLanguage(), builder.build());
        }
        CoachingEngine any = engines.values().iterator().next();
        return new RuleSet(Map.copyOf(engines), settings.locale(), settings.packs(),
                fingerprint(any, settings.packs()));
    }

    /** The engine for a language tag such as {@code de}; the default language for null; null if unsupported. */
    CoachingEngine engine(String languageTag) {
        if (languageTag == null) {
            return engines.get(defaultLocale.getLanguage());
        }
        return engines.get(Locale.forLanguageTag(languageTag).getLanguage());
    }

    CoachingEngine defaultEngine() {
        return engine(null);
    }

    List<Path> packs() {
        return packs;
    }

    /** {@code sha256:} and the hex digest of the rules' metadata, the parameters and every pack file. */
    String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(CoachingEngine engine, List<Path> packs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder text = new StringBuilder();
            text.append(engine.ruleSet().name()).append('\n').append(engine.ruleSet().version()).append('\n');
            for (RuleInfo rule : engine.rules()) {
                text.append(rule.id()).append('|').append(rule.category()).append('|').append(rule.priority())
                        .append('|').append(rule.pack()).append('|').append(rule.overrideReason()).append('|')
                        .append(rule.tier()).append('|').append(rule.addsLoad()).append('|').append(rule.parameters()).append('|')
                        .append(rule.reviewed()).append('|').append(rule.summary()).append('|');
                for (Source source : rule.sources()) {
                    text.append(source.key()).append(',');
                }
                text.append('\n');
            }
            for (ParameterInfo parameter : engine.parameters()) {
                text.append(parameter.name()).append('=').append(parameter.value()).append('\n');
            }
            for (DisabledRule disabled : engine.disabledRules()) {
                text.append("disabled ").append(disabled.id()).append(' ').append(disabled.pack()).append('\n');
            }
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            for (Path pack : packs) {
                try (Stream<Path> files = Files.walk(pack)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(pack.relativize(file).toString().replace('\\', '/')
                                .getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
