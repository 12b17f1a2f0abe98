package org.coachlogic.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.coachlogic.Advice;
import org.coachlogic.Assessment;
import org.coachlogic.EvaluationFailure;
import org.coachlogic.Recommendation;
import org.coachlogic.RuleSetInfo;
import org.coachlogic.Suppression;
import org.coachlogic.spi.Reason;

/**
 * Turns what fired into advice, in one place: the output order, the {@link SafetyPolicy}, and the texts. The
 * safety stage's recommendations are rendered with the rule set's own texts; if anything after the safety
 * stage failed, the advice holds the safety recommendations alone, marked incomplete.
 */
final class PostPass {

    /** Output order: priority, then category, then id. */
    static final Comparator<RuleMeta> OUTPUT_ORDER =
            Recommendation.outputOrder(RuleMeta::priority, RuleMeta::category, RuleMeta::id);

    /**
     * How many written recommendations each stage keeps. Most clients share their reasons with earlier ones
     * (the same rule fired on the same values), so most recommendations are written once and reused; past
     * this many, new ones are written on every call and not kept, so memory stays bounded whatever the input.
     */
    static final int CACHED_RECOMMENDATIONS = 4096;

    private final MessageCatalog safetyMessages;
    private final MessageCatalog adviceMessages;
    private final RuleSetInfo ruleSet;
    private final Map<Written, Recommendation> safetyWritten = new ConcurrentHashMap<>();
    private final Map<Written, Recommendation> adviceWritten = new ConcurrentHashMap<>();

    /**
     * A rule (by identity: one metadata object per id) with the reasons it fired for: everything that decides
     * a recommendation's content, since a stage's texts are fixed when the engine is built.
     */
    private static final class Written {
        private final RuleMeta meta;
        private final List<Reason> reasons;
        private final int hash;

        Written(RuleMeta meta, List<Reason> reasons) {
            this.meta = meta;
            this.reasons = reasons;
            this.hash = 31 * System.identityHashCode(meta) + reasons.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Written written && written.meta == meta && written.hash == hash
                    && same(written.reasons, reasons);
        }

        /** {@code a.equals(b)} for lists of reasons, by index: the lists' own equals makes two iterators per list. */
        private static boolean same(List<Reason> a, List<Reason> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                Reason x = a.get(i);
                Reason y = b.get(i);
                if (!x.key().equals(y.key()) || x.args().size() != y.args().size()) {
                    return false;
                }
                for (int j = 0; j < x.args().size(); j++) {
                    if (!Objects.equals(x.args().get(j), y.args().get(j))) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    PostPass(MessageCatalog safetyMessages, MessageCatalog adviceMessages, RuleSetInfo ruleSet) {
        this.safetyMessages = safetyMessages;
        this.adviceMessages = adviceMessages;
        this.ruleSet = ruleSet;
    }

    Advice advice(Map<RuleMeta, List<Reason>> safety, RuleFiring.Outcome advice, List<Assessment> assessments) {
        if (advice.failure() != null) {
            return safetyOnly(safety, assessments, advice.failure());
        }
        List<RuleMeta> ordered = new ArrayList<>(safety.size() + advice.findings().size());
        ordered.addAll(safety.keySet());
        ordered.addAll(advice.findings().keySet());
        ordered.sort(OUTPUT_ORDER);
        List<String> withheldBy = SafetyPolicy.withheldBy(ordered);
        List<Recommendation> shown = new ArrayList<>(ordered.size());
        List<Suppression> suppressed = new ArrayList<>();
        try {
            for (int i = 0; i < ordered.size(); i++) {
                RuleMeta meta = ordered.get(i);
                if (withheldBy.get(i) != null) {
                    suppressed.add(new Suppression(meta.id(), withheldBy.get(i)));
                } else {
                    List<Reason> reasons = safety.get(meta);
                    shown.add(reasons != null ? recommendation(meta, reasons, safetyMessages, safetyWritten)
                            : recommendation(meta, advice.findings().get(meta), adviceMessages, adviceWritten));
                }
            }
        } catch (RuntimeException e) {
            // a pack's reason template that does not fit its arguments: the safety advice still stands
            return safetyOnly(safety, assessments, new EvaluationFailure("a reason could not be written: " + e, null));
        }
        return new Advice(shown, suppressed, assessments, ruleSet);
    }

    /** The safety stage's recommendations, in output order, marked incomplete. Nothing withholds them. */
    private Advice safetyOnly(Map<RuleMeta, List<Reason>> safety, List<Assessment> assessments,
                              EvaluationFailure failure) {
        List<RuleMeta> ordered = new ArrayList<>(safety.keySet());
        ordered.sort(OUTPUT_ORDER);
        List<Recommendation> shown = new ArrayList<>(ordered.size());
        for (RuleMeta meta : ordered) {
            shown.add(recommendation(meta, safety.get(meta), safetyMessages, safetyWritten));
        }
        return new Advice(shown, List.of(), assessments, ruleSet, Optional.of(failure));
    }

    private static Recommendation recommendation(RuleMeta meta, List<Reason> reasons, MessageCatalog messages,
                                                 Map<Written, Recommendation> written) {
        Written key = new Written(meta, reasons);
        Recommendation known = written.get(key);
        if (known != null) {
            return known;
        }
        Set<String> because = new LinkedHashSet<>();
        for (Reason reason : reasons) {
            because.add(messages.render(reason));
        }
        Recommendation recommendation = new Recommendation(meta.id(), meta.category(), meta.priority(),
                meta.summary(), meta.detail(), List.copyOf(because), meta.sources());
        if (written.size() < CACHED_RECOMMENDATIONS && immutable(reasons)) {
            written.putIfAbsent(key, recommendation);
        }
        return recommendation;
    }

    /** Whether every argument is a value that cannot change (not, say, a list a rule collected). */
    private static boolean immutable(List<Reason> reasons) {
        for (Reason reason : reasons) {
            for (Object arg : reason.args()) {
                if (!(arg instanceof String || arg instanceof Number && arg.getClass().getName().startsWith("java.lang.")
                        || arg instanceof Enum<?> || arg instanceof Boolean || arg instanceof Character)) {
                    return false;
                }
            }
        }
        return true;
    }
}
