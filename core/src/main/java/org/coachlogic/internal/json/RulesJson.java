package org.coachlogic.internal.json;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.coachlogic.CoachingEngine;
import org.coachlogic.DisabledRule;
import org.coachlogic.RuleInfo;

/**
 * Writes an engine's rules as a JSON array: one object per rule in the engine's order, then one per rule a
 * pack disabled. Sources have the same shape as in the advice.
 */
final class RulesJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RulesJson() {
    }

    static String write(CoachingEngine engine) {
        ArrayNode array = NODES.arrayNode();
        for (RuleInfo rule : engine.rules()) {
            ObjectNode node = array.addObject();
            node.put("id", rule.id());
            node.put("category", rule.category().name());
            node.put("priority", rule.priority().name());
            node.put("summary", rule.summary());
            if (rule.tier() != null) {
                node.put("tier", rule.tier().name().toLowerCase(Locale.ROOT));
            }
            node.put("addsLoad", rule.addsLoad());
            AdviceJson.writeSources(node.putArray("sources"), rule.sources());
            if (rule.pack() != null) {
                node.put("pack", rule.pack());
            }
            if (rule.overrideReason() != null) {
                node.put("overrideReason", rule.overrideReason());
            }
        }
        for (DisabledRule disabled : engine.disabledRules()) {
            array.addObject().put("id", disabled.id()).put("disabledBy", disabled.pack())
                    .put("reason", disabled.reason());
        }
        return Jackson.write(array);
    }
}
