package org.coachlogic.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.coachlogic.Advice;
import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.Recommendation;
import org.coachlogic.SafetyTier;
import org.coachlogic.Suppression;
import org.coachlogic.facts.ClientFacts;

/**
 * The one set of checks on advice, each saying in plain words what was expected and what was there, or
 * nothing if it holds. JSON fixtures ({@link FixtureRunner}) and the AssertJ assertions
 * ({@link AbstractAdviceAssert}) both use these, so a fixture and an assertion can never disagree.
 */
final class AdviceChecks {

    private AdviceChecks() {
    }

    static Optional<String> fired(Advice advice, List<String> ids) {
        List<String> fired = AdviceText.fired(advice);
        List<String> missing = ids.stream().filter(id -> !fired.contains(id)).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("expected to fire, but did not: " + String.join(", ", missing));
    }

    static Optional<String> didNotFire(Advice advice, List<String> ids) {
        List<String> fired = AdviceText.fired(advice);
        List<String> unwanted = ids.stream().filter(fired::contains).toList();
        return unwanted.isEmpty() ? Optional.empty()
                : Optional.of("expected not to fire, but did: " + String.join(", ", unwanted)
                        + (unwanted.stream().anyMatch(id -> !advice.ids().contains(id)) ? " (withheld, but it fired)" : ""));
    }

    static Optional<String> shows(Advice advice, List<String> ids) {
        List<String> missing = ids.stream().filter(id -> !advice.ids().contains(id)).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("expected to be shown, but not: " + String.join(", ", missing));
    }

    static Optional<String> showsCategory(Advice advice, Category category) {
        return shownCategories(advice).contains(category) ? Optional.empty()
                : Optional.of("expected a " + category + " recommendation, but none was shown");
    }

    static Optional<String> showsNoCategory(Advice advice, Category category) {
        return !shownCategories(advice).contains(category) ? Optional.empty()
                : Optional.of("expected no " + category + " recommendation, but " + advice.recommendations().stream()
                        .filter(r -> r.category() == category).map(Recommendation::id).toList() + " shown");
    }

    /** The first shown recommendation; a null category or priority is not checked. */
    static Optional<String> top(Advice advice, Category category, Priority priority) {
        String wanted = (priority == null ? "any priority" : priority) + " "
                + (category == null ? "any category" : category);
        if (advice.recommendations().isEmpty()) {
            return Optional.of("expected the top recommendation to be " + wanted + ", but nothing was shown");
        }
        Recommendation top = advice.recommendations().get(0);
        if ((category != null && top.category() != category) || (priority != null && top.priority() != priority)) {
            return Optional.of("expected the top recommendation to be " + wanted + ", but it was "
                    + top.priority() + " " + top.category() + " (" + top.id() + ")");
        }
        return Optional.empty();
    }

    /** Each id is withheld. */
    static Optional<String> withholds(Advice advice, List<String> ids) {
        Set<String> withheld = withheld(advice);
        List<String> missing = ids.stream().filter(id -> !withheld.contains(id)).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("expected to be withheld, but not: " + String.join(", ", missing)
                        + "; withheld were " + (withheld.isEmpty() ? "none" : withheld));
    }

    /** Exactly these ids are withheld; an empty list means none. */
    static Optional<String> withholdsExactly(Advice advice, List<String> ids) {
        Set<String> withheld = withheld(advice);
        Set<String> wanted = new TreeSet<>(ids);
        return withheld.equals(wanted) ? Optional.empty()
                : Optional.of("expected withheld " + (wanted.isEmpty() ? "none" : wanted) + ", but withheld "
                        + (withheld.isEmpty() ? "none" : withheld));
    }

    static Optional<String> showsExactly(Advice advice, List<String> ids) {
        return advice.ids().equals(ids) ? Optional.empty()
                : Optional.of("expected exactly " + ids + ", but shown were " + advice.ids());
    }

    /**
     * What must hold of any advice, whatever the rules and packs: a red flag leads to safety advice first;
     * an urgent referral leaves nothing outside safety; an acute injury, or any caution that asks for an
     * assessment first, leaves nothing that adds load; every recommendation has a reason and a source; the
     * order is {@link Recommendation#OUTPUT_ORDER}; nothing is both shown and withheld, and whatever withholds
     * is shown. What adds load and the acute window come from {@code rules}. Every broken invariant is listed.
     */
    static List<String> safetyInvariants(ClientFacts facts, Advice advice, KnownRules rules) {
        List<String> broken = new ArrayList<>();
        List<Recommendation> shown = advice.recommendations();
        if (!facts.redFlags().isEmpty()
                && (shown.isEmpty() || shown.get(0).category() != Category.SAFETY)) {
            broken.add("red flags " + facts.redFlags() + " were reported, but the first recommendation is "
                    + (shown.isEmpty() ? "missing" : shown.get(0).id()) + ", not a SAFETY one");
        }
        boolean urgent = shown.stream().anyMatch(r -> r.category() == Category.SAFETY && r.priority() == Priority.URGENT);
        if (urgent) {
            List<String> outside = shown.stream().filter(r -> r.category() != Category.SAFETY).map(Recommendation::id)
                    .toList();
            if (!outside.isEmpty()) {
                broken.add("an urgent referral was given, but advice outside SAFETY was shown too: " + outside);
            }
        }
        List<String> addingLoad = shown.stream().filter(rules::addsLoad).map(Recommendation::id).toList();
        // an injury is acute within the rules' acute window or when its date is unknown; an older one is a
        // past injury, which asks for a review while training goes on
        if (facts.pain() != null && Boolean.TRUE.equals(facts.pain().acuteInjury())
                && (facts.pain().durationWeeks() == null || facts.pain().durationWeeks() < rules.acuteWeeks())
                && !addingLoad.isEmpty()) {
            broken.add("an acute injury was reported, but advice that adds load was shown: " + addingLoad);
        }
        shown.stream().filter(r -> rules.rule(r.id()).map(info -> info.tier() == SafetyTier.ASSESS).orElse(false))
                .findFirst().filter(assess -> !addingLoad.isEmpty())
                .ifPresent(assess -> broken.add(assess.id() + " asks for an assessment first, but advice that adds"
                        + " load was shown: " + addingLoad));
        for (Recommendation r : shown) {
            if (r.sources().isEmpty()) {
                broken.add(r.id() + " cites no source");
            }
            if (r.because().isEmpty() || r.because().stream().anyMatch(String::isBlank)) {
                broken.add(r.id() + " gives no reason, or a blank one: " + r.because());
            }
        }
        for (int i = 1; i < shown.size(); i++) {
            if (Recommendation.OUTPUT_ORDER.compare(shown.get(i - 1), shown.get(i)) >= 0) {
                broken.add("out of order or repeated: " + shown.get(i - 1).id() + " before " + shown.get(i).id()
                        + " (the order is priority, then category, then id)");
            }
        }
        Set<String> shownIds = Set.copyOf(advice.ids());
        Set<String> seen = new TreeSet<>();
        for (Suppression s : advice.suppressed()) {
            if (!seen.add(s.id())) {
                broken.add(s.id() + " is withheld twice");
            }
            if (shownIds.contains(s.id())) {
                broken.add(s.id() + " is both shown and withheld");
            }
            if (!shownIds.contains(s.by())) {
                broken.add(s.id() + " is withheld by " + s.by() + ", which is not shown");
            }
        }
        return broken;
    }

    private static Set<Category> shownCategories(Advice advice) {
        return new TreeSet<>(advice.recommendations().stream().map(Recommendation::category).toList());
    }

    private static Set<String> withheld(Advice advice) {
        return new TreeSet<>(advice.suppressed().stream().map(Suppression::id).toList());
    }
}
