package org.coachlogic.server;

import java.util.List;

import org.coachlogic.Violation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}. {@code type} is a URN naming the kind
 * of problem (docs/service.md lists them); {@code violations} lists every problem of a request body, each with
 * its JSON path, as the codec found them.
 */
record Problem(int status, String type, String title, String detail, List<Violation> violations,
               Integer retryAfterSeconds) {

    static final String MEDIA_TYPE = "application/problem+json";

    Problem {
        violations = List.copyOf(violations);
    }

    static Problem of(int status, String type, String title, String detail) {
        return new Problem(status, "urn:coachlogic:problem:" + type, title, detail, List.of(), null);
    }

    static Problem invalid(String title, List<Violation> violations) {
        int count = violations.size();
        return new Problem(400, "urn:coachlogic:problem:invalid-facts", title,
                count + (count == 1 ? " problem" : " problems") + "; each is listed with its JSON path", violations,
                null);
    }

    ObjectNode toJson(String instance) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("type", type);
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        json.put("instance", instance);
        if (!violations.isEmpty()) {
            ArrayNode array = json.putArray("violations");
            violations.forEach(v -> array.addObject().put("path", v.path()).put("message", v.message()));
        }
        return json;
    }
}
