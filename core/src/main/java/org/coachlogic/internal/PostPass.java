package org.coachlogic.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    static final Comparator<RuleMeta> OUTPUT_ORDER = Comparator.comparing(RuleMeta::priority)
            .thenComparing(RuleMeta::category)
            .thenComparing(RuleMeta::id);

    private final MessageCatalog safetyMessages;
    private final MessageCatalog adviceMessages;
    private final RuleSetInfo ruleSet;

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
                    shown.add(reasons != null ? recommendation(meta, reasons, safetyMessages)
                            : recommendation(meta, advice.findings().get(meta), adviceMessages));
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
            shown.add(recommendation(meta, safety.get(meta), safetyMessages));
        }
        return new Advice(shown, List.of(), assessments, ruleSet, Optional.of(failure));
    }

    private static Recommendation recommendation(RuleMeta meta, List<Reason> reasons, MessageCatalog messages) {
        Set<String> because = new LinkedHashSet<>();
        for (Reason reason : reasons) {
            because.add(messages.render(reason));
        }
        return new Recommendation(meta.id(), meta.category(), meta.priority(), meta.summary(), meta.detail(),
                List.copyOf(because), meta.sources());
    }
}
