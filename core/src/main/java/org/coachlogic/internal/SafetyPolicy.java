package org.coachlogic.internal;

import java.util.ArrayList;
import java.util.List;

import org.coachlogic.Category;
import org.coachlogic.Priority;
import org.coachlogic.SafetyTier;

/**
 * The one place that decides what a safety recommendation holds back, from metadata alone (no Drools), for
 * default and pack rules alike:
 * <ul>
 *   <li>an URGENT SAFETY recommendation withholds everything outside SAFETY;</li>
 *   <li>a SAFETY recommendation of tier {@link SafetyTier#ASSESS} withholds every recommendation that adds
 *       load;</li>
 *   <li>a SAFETY recommendation of tier {@link SafetyTier#REVIEW} holds nothing back;</li>
 *   <li>nothing withholds a SAFETY recommendation.</li>
 * </ul>
 * The first withholding recommendation in output order is named as the one that withheld.
 */
final class SafetyPolicy {

    /** What the policy needs to know about a recommendation. */
    interface Subject {
        String id();

        Category category();

        Priority priority();

        /** {@code null} outside SAFETY. */
        SafetyTier tier();

        boolean addsLoad();
    }

    private SafetyPolicy() {
    }

    /**
     * For each subject, in the order given, the id of the recommendation that withholds it, or {@code null}
     * if it is shown.
     */
    static List<String> withheldBy(List<? extends Subject> ordered) {
        Subject urgent = null;
        Subject assess = null;
        for (Subject subject : ordered) {
            if (subject.category() != Category.SAFETY) {
                continue;
            }
            SafetyTier tier = tier(subject);
            if (tier == SafetyTier.URGENT && urgent == null) {
                urgent = subject;
            } else if (tier == SafetyTier.ASSESS && assess == null) {
                assess = subject;
            }
        }
        List<String> by = new ArrayList<>(ordered.size());
        for (Subject subject : ordered) {
            if (subject.category() == Category.SAFETY) {
                by.add(null);
            } else if (urgent != null) {
                by.add(urgent.id());
            } else if (assess != null && subject.addsLoad()) {
                by.add(assess.id());
            } else {
                by.add(null);
            }
        }
        return by;
    }

    /** An URGENT SAFETY recommendation is of tier URGENT whatever it declares. */
    private static SafetyTier tier(Subject subject) {
        return subject.priority() == Priority.URGENT ? SafetyTier.URGENT : subject.tier();
    }
}
