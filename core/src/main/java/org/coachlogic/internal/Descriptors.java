package org.coachlogic.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.coachlogic.RuleBaseException;
import org.coachlogic.Violation;
import org.coachlogic.internal.json.JsonCodec;

/** Reads the rule base's JSON descriptors with the codec's one Jackson configuration. */
final class Descriptors {

    private Descriptors() {
    }

    /** @throws RuleBaseException naming the resource and where in it the JSON breaks */
    static JsonNode read(String resource, byte[] json) {
        List<Violation> problems = new ArrayList<>();
        JsonNode root = JsonCodec.readDescriptor(json, problems);
        if (root == null) {
            throw new RuleBaseException(problems.stream().map(v -> resource + ": " + v).toList());
        }
        return root;
    }
}
