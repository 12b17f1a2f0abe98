package org.coachlogic.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.apiguardian.api.API;
import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.RuleExecutionException;
import org.coachlogic.Violation;
import org.coachlogic.facts.ClientFacts;

/**
 * The batch format, JSON Lines in and out: each input line holds one client's facts (the input contract of
 * {@code docs/contract.md}) and gives exactly one output line, in the same position: the advice on one line
 * ({@link CoachingJson#writeAdviceLine}), or, for a line that breaks the contract, an error record naming the
 * line and every problem (or, for valid facts whose evaluation failed, {@code "error":"evaluation failed"} with
 * the reason at {@code $}):
 * <pre>{@code
 * {"line":7,"error":"invalid facts","problems":[{"path":"$.pain.intensity","message":"must be between 0 and 10, was 12"}]}
 * }</pre>
 * Used by {@code coach batch}, {@code coach diff} on a {@code .jsonl} file and the Spark module, so that all
 * three give the same bytes for the same input. See {@code docs/batch.md}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AdviceLines {

    /** The {@code error} of a line whose facts break the input contract. */
    public static final String INVALID_FACTS = "invalid facts";

    /**
     * The {@code error} of a line whose facts are valid but whose evaluation failed (a rule pack that does not
     * settle within the engine's limits); its one problem, at {@code $}, says why.
     */
    public static final String EVALUATION_FAILED = "evaluation failed";

    private static final JsonFactory JSON = new JsonFactory();

    private AdviceLines() {
    }

    /**
     * The outcome for one input line: its facts and advice, or the problems that make it unusable.
     *
     * @param line     the line's number, from 1
     * @param facts    the facts read from it; {@code null} when the line is invalid
     * @param advice   the advice for them; {@code null} when the line is invalid
     * @param error    {@code null} when there is advice, else {@link #INVALID_FACTS} or {@link #EVALUATION_FAILED}
     * @param problems every problem with the line, each with its JSON path; empty when there is advice
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Result(long line, ClientFacts facts, Advice advice, String error, List<Violation> problems) {

        public Result {
            problems = List.copyOf(problems);
            if ((advice == null) == (error == null) || (error == null) != problems.isEmpty()) {
                throw new IllegalArgumentException("a line has advice, or an error with problems; never both or neither");
            }
        }

        /** Whether the line held valid facts. */
        public boolean valid() {
            return !INVALID_FACTS.equals(error);
        }

        /** Whether the line has advice: its facts were valid and their evaluation finished. */
        public boolean advised() {
            return advice != null;
        }

        /** The output line: the advice, or the error record; one line ending with {@code \n}. */
        public String json() {
            return advised() ? CoachingJson.writeAdviceLine(advice) : errorRecord(line, error, problems);
        }

        /**
         * Writes the bytes of {@link #json()} in UTF-8 to a stream, without a string in between; flushes the
         * stream but does not close it.
         */
        public void writeJson(OutputStream out) throws IOException {
            if (advised()) {
                CoachingJson.writeAdviceLine(advice, out);
            } else {
                out.write(errorRecord(line, error, problems).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Reads the facts on one line (UTF-8 bytes, without the line end) and evaluates them. */
    public static Result evaluate(CoachingEngine engine, long line, byte[] utf8) {
        return evaluate(engine, line, utf8, 0, utf8.length);
    }

    /**
     * Reads the facts on one line, {@code length} UTF-8 bytes from {@code offset} in {@code bytes} (without the
     * line end), and evaluates them: for a reader that holds many lines in one buffer.
     */
    public static Result evaluate(CoachingEngine engine, long line, byte[] bytes, int offset, int length) {
        Objects.requireNonNull(engine, "engine");
        Objects.checkFromIndexSize(offset, length, bytes.length);
        ClientFacts facts;
        try {
            facts = CoachingJson.readFacts(new ByteArrayInputStream(bytes, offset, length));
        } catch (InvalidFactsException e) {
            return new Result(line, null, null, INVALID_FACTS, e.violations());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array is always readable
        }
        try {
            return new Result(line, facts, engine.evaluate(facts), null, List.of());
        } catch (RuleExecutionException e) {
            return new Result(line, facts, null, EVALUATION_FAILED, List.of(new Violation("$", e.getMessage())));
        }
    }

    /** Reads the facts on one line and evaluates them. */
    public static Result evaluate(CoachingEngine engine, long line, String json) {
        return evaluate(engine, line, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The error record for a line, ending with {@code \n}. */
    public static String errorRecord(long line, String error, List<Violation> problems) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("line", line);
            json.writeStringField("error", error);
            json.writeArrayFieldStart("problems");
            for (Violation problem : problems) {
                json.writeStartObject();
                json.writeStringField("path", problem.path());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }
}
