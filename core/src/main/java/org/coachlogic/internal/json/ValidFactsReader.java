package org.coachlogic.internal.json;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.coachlogic.facts.Activity;
import org.coachlogic.facts.Bothersomeness;
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
import org.coachlogic.facts.Screening;
import org.coachlogic.facts.Sleep;
import org.coachlogic.facts.Sport;
import org.coachlogic.facts.StartBack;
import org.coachlogic.facts.Stress;
import org.coachlogic.facts.Training;

/**
 * Reads client facts that break no rule of the contract straight from the parser's tokens into the records: no
 * tree, no JSON paths, no list of problems. It gives up (returns null) at the first thing that is not as it must
 * be, and also at a few valid spellings it leaves to the strict reader (a {@code null} value, a whole number
 * written as {@code 42.0}, a number with an exponent or more than 15 digits, a decimal that rounds when it
 * becomes a double and lies one step from a range's bound); {@link FactsReader} then reads the document again
 * and names every problem. So every error message comes from one reader, and this one has a single duty: to
 * accept nothing the strict reader refuses, and to give equal facts for what it accepts
 * ({@code ValidFactsReaderAgreesWithStrictTest} holds the two side by side).
 *
 * <p>Why a second reader: the strict one builds a tree, a path string and a map entry for every value, since it
 * must be able to name any problem; for the valid documents of a batch that was most of the cost of reading.
 */
final class ValidFactsReader {

    /** Thrown at the first thing this reader does not take; without a stack trace, since it is not a fault. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final Experience[] EXPERIENCES = Experience.values();
    private static final Occupation[] OCCUPATIONS = Occupation.values();
    private static final Condition[] CONDITIONS = Condition.values();
    private static final Goal[] GOALS = Goal.values();
    private static final RedFlag[] RED_FLAGS = RedFlag.values();
    private static final PainRegion[] PAIN_REGIONS = PainRegion.values();
    private static final PainTrend[] PAIN_TRENDS = PainTrend.values();
    private static final LegSymptoms[] LEG_SYMPTOMS = LegSymptoms.values();
    private static final Bothersomeness[] BOTHERSOMENESS = Bothersomeness.values();

    /** Decimals are read exactly as {@code digits / 10^fraction digits} up to this many digits (below 2^53). */
    private static final int MAX_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = new double[MAX_DIGITS + 1];
    private static final long[] POWERS_OF_FIVE = new long[MAX_DIGITS + 1];

    static {
        double ten = 1;
        long five = 1;
        for (int i = 0; i <= MAX_DIGITS; i++) {
            POWERS_OF_TEN[i] = ten;
            POWERS_OF_FIVE[i] = five;
            ten *= 10;
            five *= 5;
        }
    }

    // the properties each object may hold, each at most once (a bit per property, in this order)
    private static final String[] FACTS = {"client", "goals", "pain", "redFlags", "sleep", "stress", "activity",
        "mindset", "training", "screening"};
    private static final String[] CLIENT = {"age", "experience", "occupation", "sport", "conditions"};
    private static final String[] SPORT = {"name", "pushDominant"};
    private static final String[] PAIN = {"region", "intensity", "durationWeeks", "trend", "acuteInjury", "nightPain",
        "legSymptoms"};
    private static final String[] SLEEP = {"hoursPerNight"};
    private static final String[] STRESS = {"level"};
    private static final String[] ACTIVITY = {"sedentaryHoursPerDay", "strengthSessionsPerWeek", "backSessionsPerWeek",
        "aerobicMinutesPerWeek", "stoppedTrainingBecauseOfPain"};
    private static final String[] MINDSET = {"fearOfMovement", "believesSpineIsFragile", "painCatastrophizingScore"};
    private static final String[] TRAINING = {"loadIncreasePercentLastWeek", "techniqueCoached",
        "repsAboveTargetLastTwoSessions"};
    private static final String[] SCREENING = {"startBack"};
    private static final String[] START_BACK = {"answers"};
    /** Objects nest at most three deep: the facts, a section, and the sport or the STarT Back answers. */
    private static final int MAX_DEPTH = 3;

    private final JsonParser parser;
    /** Whether the last decimal read was rounded to fit a double. */
    private boolean rounded;
    /** The properties seen so far in each object being read, outermost first: a bit per property. */
    private final int[] seen = new int[MAX_DEPTH];
    private int depth = -1;

    private ValidFactsReader(JsonParser parser) {
        this.parser = parser;
    }

    /** The facts in {@code json}, or null if this reader leaves the document to the strict one (valid or not). */
    static ClientFacts read(byte[] json) {
        if (json.length > Jackson.MAX_DOCUMENT_BYTES || Encoding.check(json) != null) {
            return null;
        }
        try (JsonParser parser = Jackson.validFactsParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ClientFacts facts = new ValidFactsReader(parser).facts();
            return parser.nextToken() == null ? facts : null;
        } catch (GiveUp | IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a record's constructor refused a value (InvalidFactsException is one),
            // or Jackson could not read a number
            return null;
        }
    }

    private static GiveUp giveUp() {
        return GiveUp.INSTANCE;
    }

    /**
     * Starts reading the object at the current token, which may hold the properties {@code names}: returns its first
     * property as {@link #next} does.
     */
    private int open(String[] names) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw giveUp();
        }
        seen[++depth] = 0;
        return next(names);
    }

    /**
     * The object's next property, as its index in {@code names}, with the parser on its value; -1 at the end of the
     * object. Gives up at a property not in {@code names} or seen before in this object (a duplicate), so each
     * section's loop has only its own properties to read, once each. (An index, not the name: a second lookup of
     * the name in a {@code switch} made reading 4% slower.)
     */
    private int next(String[] names) throws IOException {
        String name = parser.nextFieldName();
        if (name == null) {
            depth--;
            return -1;
        }
        int index = indexOf(names, name);
        int bit = 1 << index;
        if (index < 0 || (seen[depth] & bit) != 0) {
            throw giveUp();
        }
        seen[depth] |= bit;
        parser.nextToken();
        return index;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) { // the parser's names are interned: the usual case
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private ClientFacts facts() throws IOException {
        Client client = null;
        Set<Goal> goals = null;
        Pain pain = null;
        Set<RedFlag> redFlags = null;
        Sleep sleep = null;
        Stress stress = null;
        Activity activity = null;
        Mindset mindset = null;
        Training training = null;
        Screening screening = null;
        for (int property = open(FACTS); property >= 0; property = next(FACTS)) {
            switch (property) { // the index in FACTS
                case 0 -> client = client();
                case 1 -> goals = enumSet(GOALS, Goal.class);
                case 2 -> pain = pain();
                case 3 -> redFlags = enumSet(RED_FLAGS, RedFlag.class);
                case 4 -> sleep = sleep();
                case 5 -> stress = stress();
                case 6 -> activity = activity();
                case 7 -> mindset = mindset();
                case 8 -> training = training();
                case 9 -> screening = screening();
            }
        }
        if (client == null) {
            throw giveUp();
        }
        return new ClientFacts(client, goals, pain, redFlags, sleep, stress, activity, mindset, training, screening);
    }

    private Client client() throws IOException {
        Integer age = null;
        Experience experience = null;
        Occupation occupation = null;
        Sport sport = null;
        Set<Condition> conditions = null;
        for (int property = open(CLIENT); property >= 0; property = next(CLIENT)) {
            switch (property) { // the index in CLIENT
                case 0 -> age = wholeNumber();
                case 1 -> experience = enumValue(EXPERIENCES);
                case 2 -> occupation = enumValue(OCCUPATIONS);
                case 3 -> sport = sport();
                case 4 -> conditions = enumSet(CONDITIONS, Condition.class);
            }
        }
        if (age == null || experience == null) {
            throw giveUp();
        }
        return new Client(age, experience, occupation, sport, conditions);
    }

    private Sport sport() throws IOException {
        String name = null;
        Boolean pushDominant = null;
        for (int property = open(SPORT); property >= 0; property = next(SPORT)) {
            switch (property) { // the index in SPORT
                case 0 -> name = string();
                case 1 -> pushDominant = bool();
            }
        }
        return new Sport(name, pushDominant);
    }

    private Pain pain() throws IOException {
        PainRegion region = null;
        Integer intensity = null;
        Integer durationWeeks = null;
        PainTrend trend = null;
        Boolean acuteInjury = null;
        Boolean nightPain = null;
        LegSymptoms legSymptoms = null;
        for (int property = open(PAIN); property >= 0; property = next(PAIN)) {
            switch (property) { // the index in PAIN
                case 0 -> region = enumValue(PAIN_REGIONS);
                case 1 -> intensity = wholeNumber();
                case 2 -> durationWeeks = wholeNumber();
                case 3 -> trend = enumValue(PAIN_TRENDS);
                case 4 -> acuteInjury = bool();
                case 5 -> nightPain = bool();
                case 6 -> legSymptoms = enumValue(LEG_SYMPTOMS);
            }
        }
        return new Pain(region, intensity, durationWeeks, trend, acuteInjury, nightPain, legSymptoms);
    }

    private Sleep sleep() throws IOException {
        Double hours = null;
        boolean hoursRounded = false;
        for (int property = open(SLEEP); property >= 0; property = next(SLEEP)) {
            hours = number();
            hoursRounded = rounded;
        }
        Sleep sleep = new Sleep(hours);
        if (hoursRounded) {
            // the strict reader refuses a decimal that rounds onto a bound from outside the range: one step
            // either way from the rounded value must be in range too (else it is left to the strict reader)
            new Sleep(Math.nextUp(hours));
            new Sleep(Math.nextDown(hours));
        }
        return sleep;
    }

    private Stress stress() throws IOException {
        Integer level = null;
        for (int property = open(STRESS); property >= 0; property = next(STRESS)) {
            level = wholeNumber();
        }
        return new Stress(level);
    }

    private Activity activity() throws IOException {
        Double sedentary = null;
        boolean sedentaryRounded = false;
        Integer strength = null;
        Integer back = null;
        Integer aerobic = null;
        Boolean stopped = null;
        for (int property = open(ACTIVITY); property >= 0; property = next(ACTIVITY)) {
            switch (property) { // the index in ACTIVITY
                case 0 -> {
                    sedentary = number();
                    sedentaryRounded = rounded;
                }
                case 1 -> strength = wholeNumber();
                case 2 -> back = wholeNumber();
                case 3 -> aerobic = wholeNumber();
                case 4 -> stopped = bool();
            }
        }
        Activity activity = new Activity(sedentary, strength, back, aerobic, stopped);
        if (sedentaryRounded) {
            new Activity(Math.nextUp(sedentary), strength, back, aerobic, stopped);
            new Activity(Math.nextDown(sedentary), strength, back, aerobic, stopped);
        }
        return activity;
    }

    private Mindset mindset() throws IOException {
        Integer fear = null;
        Boolean fragile = null;
        Integer catastrophizing = null;
        for (int property = open(MINDSET); property >= 0; property = next(MINDSET)) {
            switch (property) { // the index in MINDSET
                case 0 -> fear = wholeNumber();
                case 1 -> fragile = bool();
                case 2 -> catastrophizing = wholeNumber();
            }
        }
        return new Mindset(fear, fragile, catastrophizing);
    }

    private Training training() throws IOException {
        Double load = null;
        boolean loadRounded = false;
        Boolean coached = null;
        Boolean repsAbove = null;
        for (int property = open(TRAINING); property >= 0; property = next(TRAINING)) {
            switch (property) { // the index in TRAINING
                case 0 -> {
                    load = number();
                    loadRounded = rounded;
                }
                case 1 -> coached = bool();
                case 2 -> repsAbove = bool();
            }
        }
        Training training = new Training(load, coached, repsAbove);
        if (loadRounded) {
            new Training(Math.nextUp(load), coached, repsAbove);
            new Training(Math.nextDown(load), coached, repsAbove);
        }
        return training;
    }

    private Screening screening() throws IOException {
        StartBack startBack = null;
        for (int property = open(SCREENING); property >= 0; property = next(SCREENING)) {
            startBack = startBack();
        }
        return new Screening(startBack);
    }

    private StartBack startBack() throws IOException {
        StartBack startBack = null;
        for (int property = open(START_BACK); property >= 0; property = next(START_BACK)) {
            startBack = answers();
        }
        if (startBack == null) {
            throw giveUp();
        }
        return startBack;
    }

    /** Exactly nine answers: true or false for items 1 to 8, then item 9. */
    private StartBack answers() throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw giveUp();
        }
        Boolean[] items = new Boolean[8];
        for (int i = 0; i < items.length; i++) {
            parser.nextToken();
            items[i] = bool();
        }
        parser.nextToken();
        Bothersomeness item9 = enumValue(BOTHERSOMENESS);
        if (parser.nextToken() != JsonToken.END_ARRAY) {
            throw giveUp();
        }
        return new StartBack(Arrays.asList(items), item9);
    }

    /** A whole number written as one (no fraction, no exponent) that fits an int. */
    private Integer wholeNumber() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw giveUp();
        }
        return parser.getIntValue();
    }

    /**
     * A number as the strict reader reads it: the double nearest to the number as written, zero without a sign.
     * Sets {@link #rounded} when the double is not exactly the number written.
     */
    private Double number() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            rounded = false;
            return (double) parser.getIntValue(); // exact: every int is a double
        }
        if (token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw giveUp();
        }
        // -?digits.digits, as the parser has checked it; an exponent or too many digits is left to the strict reader
        char[] text = parser.getTextCharacters();
        int at = parser.getTextOffset();
        int end = at + parser.getTextLength();
        boolean negative = text[at] == '-';
        if (negative) {
            at++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; at < end; at++) {
            char c = text[at];
            if (c == '.' && fraction < 0) {
                fraction = 0;
            } else if (c >= '0' && c <= '9' && count < MAX_DIGITS) {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else {
                throw giveUp();
            }
        }
        if (fraction < 1) {
            throw giveUp();
        }
        // digits < 2^53 and 10^fraction are both exact doubles, and one division rounds correctly: the nearest
        // double to the number, as Double.parseDouble and BigDecimal.doubleValue give it. It is exact when
        // 5^fraction divides the digits (then the number is a whole number over a power of two).
        double value = digits / POWERS_OF_TEN[fraction];
        rounded = digits % POWERS_OF_FIVE[fraction] != 0;
        return value == 0.0 ? 0.0 : negative ? -value : value;
    }

    private Boolean bool() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw giveUp();
    }

    private String string() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        String text = parser.getText();
        if (text.length() > Jackson.MAX_STRING_LENGTH || Encoding.unpairedSurrogate(text) >= 0) {
            throw giveUp();
        }
        return text;
    }

    /** One of the constants, by its exact name, compared in the parser's own buffer (no string made). */
    private <E extends Enum<E>> E enumValue(E[] constants) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        char[] text = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        for (E constant : constants) {
            if (named(constant.name(), text, offset, length)) {
                return constant;
            }
        }
        throw giveUp();
    }

    private static boolean named(String name, char[] text, int offset, int length) {
        if (name.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) != text[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** An array of distinct constants. */
    private <E extends Enum<E>> Set<E> enumSet(E[] constants, Class<E> type) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw giveUp();
        }
        Set<E> set = EnumSet.noneOf(type);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (!set.add(enumValue(constants))) {
                throw giveUp();
            }
        }
        return set;
    }
}
