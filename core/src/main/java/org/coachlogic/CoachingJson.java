package org.coachlogic;

import java.io.IOException;
import java.io.InputStream;

import org.coachlogic.facts.ClientFacts;

/**
 * Reads and writes the JSON contract ({@code docs/contract.md}) strictly: unknown properties, unknown enum
 * values, wrong types, out-of-range numbers, duplicate keys and trailing content are all errors, and every
 * one of them is reported, each with its JSON path, in one {@link InvalidFactsException}. Nothing is
 * silently defaulted or dropped. Output is deterministic: the same advice always gives the same bytes.
 */
public final class CoachingJson {

    private CoachingJson() {
    }

    /** Reads client facts from a JSON document. */
    public static ClientFacts readFacts(String json) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads client facts from a UTF-8 JSON stream; does not close it. */
    public static ClientFacts readFacts(InputStream json) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes client facts as the input contract; unknown (null) values and empty sets are left out. */
    public static String writeFacts(ClientFacts facts) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes advice as the output contract, pretty-printed, ending with a newline. */
    public static String writeAdvice(Advice advice) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads advice written by {@link #writeAdvice}; for hosts and tests that store or compare advice. */
    public static Advice readAdvice(String json) {
        throw new UnsupportedOperationException("not yet");
    }
}
