package org.coachlogic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.Recommendation;
import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Client;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.facts.Condition;
import org.coachlogic.facts.Experience;
import org.coachlogic.facts.Goal;
import org.coachlogic.facts.LegSymptoms;
import org.coachlogic.facts.Mindset;
import org.coachlogic.facts.Occupation;
import org.coachlogic.facts.Pain;
import org.coachlogic.facts.PainRegion;
import org.coachlogic.facts.PainTrend;
import org.coachlogic.facts.RedFlag;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Sport;
import org.coachlogic.facts.Stress;
import org.coachlogic.facts.Training;

/**
 * Health data never reaches a log at INFO or above, from coachlogic or from Drools: every event of an
 * engine build (default rules and a pack compiled from DRL) and of a red-flag evaluation is captured at
 * every level and searched for the client's values. DEBUG may name the rules that fired.
 *
 * <p>Runs in a JVM of its own (see the {@code logs} execution in this module's pom), so that it sees
 * what Drools logs when it starts for the first time.
 */
class NoHealthDataInLogsTest {

    /** Values chosen to be found if they are logged: no plain small numbers that a log line might hold anyway. */
    private static final ClientFacts RED_FLAG_CLIENT = new ClientFacts(
            new Client(87, Experience.ADVANCED, Occupation.MANUAL, new Sport("underwater hockey", true),
                    Set.of(Condition.HISTORY_OF_CANCER, Condition.IMMUNOSUPPRESSED)),
            Set.of(Goal.REHABILITATION),
            new Pain(PainRegion.MID_BACK, 9, 37, PainTrend.WORSENING, true, true, LegSymptoms.BOTH_SIDES),
            Set.of(RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER, RedFlag.UNEXPLAINED_WEIGHT_LOSS),
            new Sleep(4.75), new Stress(9), new Activity(13.5, 0, 0, 137, true), new Mindset(8, true, 41),
            new Training(37.5, false, true));

    /** The client's values as they are spelled in facts and JSON. */
    private static final List<String> FACT_VALUES = List.of("underwater hockey", "HISTORY_OF_CANCER", "IMMUNOSUPPRESSED",
            "REHABILITATION", "MID_BACK", "WORSENING", "BOTH_SIDES", "SADDLE_NUMBNESS", "FEVER", "UNEXPLAINED_WEIGHT_LOSS");
    /** The same, as the advice words them; rule ids contain some of these, so DEBUG may too. */
    private static final List<String> FACT_WORDS = Stream.concat(FACT_VALUES.stream(),
            Stream.of("saddle", "fever", "cancer", "weight loss", "numbness", "bladder")).toList();
    private static final Pattern FACT_NUMBERS = Pattern.compile("(?<![\\d.])(87|37|4\\.75|13\\.5|137|41|37\\.5)(?![\\d.])");

    private static final ListAppender<ILoggingEvent> CAPTURED = new ListAppender<>();
    private static final Logger ROOT = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private static Level rootLevel;

    private static Advice advice;

    @BeforeAll
    static void captureEverythingWhileAnEngineIsBuiltAndAskedAboutRedFlags() {
        CAPTURED.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        CAPTURED.start();
        rootLevel = ROOT.getLevel();
        ROOT.setLevel(Level.ALL);
        ROOT.addAppender(CAPTURED);

        CoachingEngine engine = CoachingEngine.builder().build();
        advice = engine.evaluate(RED_FLAG_CLIENT);
        engine.evaluate(CoachingJson.readFacts(CoachingJson.writeFacts(RED_FLAG_CLIENT)));
        CoachingEngine withPack = CoachingEngine.builder().withPack(Path.of("src/test/resources/packs/good")).build();
        withPack.evaluate(RED_FLAG_CLIENT.withRedFlags(Set.of()));
        catchThrowableOfType(InvalidFactsException.class, () -> CoachingJson.readFacts(
                "{\"client\": {\"age\": 87, \"experience\": \"ADVANCED\"}, \"redFlags\": [\"FEVER\", \"SADDLE_NUMBNES\"]}"));
    }

    @AfterAll
    static void stopCapturing() {
        ROOT.detachAppender(CAPTURED);
        ROOT.setLevel(rootLevel);
        CAPTURED.stop();
    }

    @Test
    void theEvaluationReallyHadRedFlags() {
        assertThat(advice.ids()).contains("safety.cauda-equina", "safety.infection", "safety.cancer");
        assertThat(CAPTURED.list).as("events captured").isNotEmpty();
    }

    @Test
    void nothingAtInfoOrAboveHoldsAFactValueOrAFiredRule() {
        // GIVEN what could give the client away: their values, the rules that fired and what the advice says
        List<String> giveaways = new ArrayList<>(FACT_WORDS);
        for (Recommendation r : advice.recommendations()) {
            giveaways.add(r.id());
            giveaways.addAll(r.because());
        }

        // THEN no event at INFO or above holds any of it, in its message, arguments, exception or context
        List<ILoggingEvent> infoAndAbove = CAPTURED.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).toList();
        assertThat(infoAndAbove).allSatisfy(event -> {
            String text = everything(event);
            for (String giveaway : giveaways) {
                assertThat(text.toLowerCase()).as("%s from %s", event.getLevel(), event.getLoggerName())
                        .doesNotContain(giveaway.toLowerCase());
            }
            assertThat(text).as("%s from %s", event.getLevel(), event.getLoggerName()).doesNotContainPattern(FACT_NUMBERS);
        });
    }

    @Test
    void debugNamesTheRulesThatFiredAndNoFactValue() {
        // GIVEN coachlogic's own DEBUG events
        List<String> debug = CAPTURED.list.stream()
                .filter(e -> e.getLoggerName().startsWith("org.coachlogic") && e.getLevel() == Level.DEBUG)
                .map(NoHealthDataInLogsTest::everything).toList();

        // THEN they name the rules that fired, which is what DEBUG is for, and still no value of the client's
        assertThat(debug).anySatisfy(line -> assertThat(line).contains("safety.cauda-equina"));
        assertThat(debug).allSatisfy(line -> {
            for (String word : FACT_VALUES) {
                assertThat(line.toLowerCase()).doesNotContain(word.toLowerCase());
            }
            assertThat(line).doesNotContainPattern(FACT_NUMBERS);
        });
    }

    @Test
    void droolsLogsNothingAtInfoOrAboveWhileBuildingAndEvaluating() {
        // Drools 10.2 logs its agenda and parser at DEBUG and its network at TRACE, nothing higher, on the paths
        // the engine takes (an executable model, a pack compiled from DRL, one session per evaluation). If an
        // upgrade changes that, check what it says and update docs/security.md.
        assertThat(CAPTURED.list).filteredOn(e -> !e.getLoggerName().startsWith("org.coachlogic"))
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .extracting(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage())
                .isEmpty();
    }

    @Test
    void droolsTraceNamesEveryFactItInserts() {
        // Why docs/security.md says to keep org.drools at INFO or above: at TRACE it prints each fact it is
        // given, whole, and the client's facts with it.
        assertThat(CAPTURED.list).filteredOn(e -> e.getLoggerName().startsWith("org.drools") && e.getLevel() == Level.TRACE)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message).contains("SADDLE_NUMBNESS"))
                .anySatisfy(message -> assertThat(message).contains("underwater hockey"));
    }

    @Test
    void coachlogicLogsNothingAtInfoOrAbove() {
        assertThat(CAPTURED.list).filteredOn(e -> e.getLoggerName().startsWith("org.coachlogic"))
                .allSatisfy(e -> assertThat(e.getLevel().isGreaterOrEqual(Level.INFO))
                        .as("%s %s", e.getLevel(), e.getFormattedMessage()).isFalse());
    }

    /** Message, arguments, exceptions with their causes, MDC and markers of one event, as one text. */
    private static String everything(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(String.valueOf(event.getFormattedMessage()));
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                text.append('\n').append(argument);
            }
        }
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        text.append('\n').append(event.getMDCPropertyMap());
        if (event.getMarkerList() != null) {
            text.append('\n').append(event.getMarkerList());
        }
        return text.toString();
    }
}
