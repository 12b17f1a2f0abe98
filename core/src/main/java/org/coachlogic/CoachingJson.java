package org.coachlogic;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apiguardian.api.API;

import org.coachlogic.facts.ClientFacts;
import org.coachlogic.internal.json.JsonCodec;

/**
 * Reads and writes the JSON contract ({@code docs/contract.md}) strictly: unknown properties, unknown enum
 * values, wrong types, out-of-range numbers, duplicate keys and trailing content are all errors, and every
 * one of them is reported, each with its JSON path, in one {@link InvalidFactsException}. Nothing is
 * silently defaulted or dropped. Output is deterministic: the same advice always gives the same bytes.
 *
 * <p>Reading accepts one JSON document in UTF-8 without a byte order mark, of at most 1 MB and 10,000
 * tokens, nested at most 32 levels, with strings of at most 10,000 characters, property names of at most
 * 1,000 and numbers of at most 50 characters. Malformed UTF-8 (overlong forms, encoded surrogates), UTF-16
 * and UTF-32 and unpaired surrogates, raw or escaped, are errors. A whole number may be written with a zero
 * fraction ({@code 42.0}), but not with any other. A {@code null} value means the same as leaving the
 * property out, except for a required property, where it is an error. A document with more than 100
 * problems has the first 100 listed, then one saying that reading stopped. Input is safe to take from
 * anyone: see {@code docs/security.md}.
 * <pre>{@code
 * try {
 *     Advice advice = engine.evaluate(CoachingJson.readFacts(json));
 *     return CoachingJson.writeAdvice(advice);
 * } catch (InvalidFactsException e) {
 *     e.violations().forEach(v -> System.err.println(v.path() + ": " + v.message()));
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class CoachingJson {

    private CoachingJson() {
    }

    /**
     * Reads client facts from a JSON document.
     *
     * @throws InvalidFactsException if the document breaks the input contract; it lists every problem,
     *                               each with its JSON path, in document order
     * @throws NullPointerException  if {@code json} is null
     */
    public static ClientFacts readFacts(String json) {
        return JsonCodec.readFacts(json);
    }

    /**
     * Reads client facts from a UTF-8 JSON stream; does not close it. Reads at most one byte past the
     * 1 MB limit.
     *
     * @throws InvalidFactsException if the document breaks the input contract; it lists every problem,
     *                               each with its JSON path, in document order
     * @throws IOException           if the stream cannot be read
     * @throws NullPointerException  if {@code json} is null
     */
    public static ClientFacts readFacts(InputStream json) throws IOException {
        return JsonCodec.readFacts(json);
    }

    /**
     * Writes client facts as the input contract; unknown (null) values and empty sets are left out.
     * Pretty-printed like {@link #writeAdvice}; {@link #readFacts(String)} reads it back to equal facts.
     *
     * @throws NullPointerException if {@code facts} is null
     */
    public static String writeFacts(ClientFacts facts) {
        return JsonCodec.writeFacts(facts);
    }

    /**
     * Writes client facts as {@link #writeFacts} does, but on one line without spaces, ending with {@code \n}:
     * a line of JSON Lines, as {@code coach generate} writes and {@code coach batch} reads.
     *
     * @throws NullPointerException if {@code facts} is null
     */
    public static String writeFactsLine(ClientFacts facts) {
        return JsonCodec.writeFactsLine(facts);
    }

    /**
     * Writes advice as the output contract, with its properties in contract order, pretty-printed with
     * two-space indentation and {@code \n} line ends whatever the platform, ending with a newline. A
     * source without a url has no {@code url} property. The same advice always gives the same string.
     *
     * @throws NullPointerException if {@code advice} is null
     */
    public static String writeAdvice(Advice advice) {
        return JsonCodec.writeAdvice(advice);
    }

    /**
     * Writes advice as {@link #writeAdvice} does, with the same properties in the same order, but on one line
     * without spaces, ending with {@code \n}: a line of JSON Lines, as {@code coach batch} writes. The same
     * advice always gives the same string, and {@link #readAdvice} reads it back.
     *
     * @throws NullPointerException if {@code advice} is null
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static String writeAdviceLine(Advice advice) {
        return JsonCodec.writeAdviceLine(advice);
    }

    /**
     * Writes the bytes of {@link #writeAdviceLine(Advice)} in UTF-8 to a stream, without a string in between:
     * for hosts that write advice for many clients. Flushes the stream but does not close it.
     *
     * @throws IOException          if the stream cannot be written
     * @throws NullPointerException if {@code advice} or {@code out} is null
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static void writeAdviceLine(Advice advice, OutputStream out) throws IOException {
        JsonCodec.writeAdviceLine(advice, out);
    }

    /**
     * Writes every rule an engine runs as a JSON array, laid out like {@link #writeAdvice}: one object per
     * rule in the engine's order ({@code id}, {@code category}, {@code priority}, {@code summary},
     * {@code tier} in lower case for a SAFETY rule, {@code addsLoad}, {@code sources} as in the advice, and
     * {@code pack} and {@code overrideReason} for a pack's rules), then one object per default rule a pack
     * disabled ({@code id}, {@code disabledBy}, {@code reason}).
     *
     * @throws NullPointerException if {@code engine} is null
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static String writeRules(CoachingEngine engine) {
        return JsonCodec.writeRules(engine);
    }

    /**
     * Reads advice written by {@link #writeAdvice} or {@link #writeAdviceLine}; for hosts and tests that store or compare advice.
     * As strict as {@link #readFacts(String)}: every property but a source's {@code url} is required.
     *
     * @throws InvalidAdviceException if the document is not the output contract; it lists every problem,
     *                                each with its JSON path, in document order
     * @throws NullPointerException   if {@code json} is null
     */
    public static Advice readAdvice(String json) {
        return JsonCodec.readAdvice(json);
    }
}
