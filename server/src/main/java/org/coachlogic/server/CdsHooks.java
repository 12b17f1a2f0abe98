package org.coachlogic.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.Recommendation;
import org.coachlogic.Source;
import org.coachlogic.Violation;
import org.coachlogic.facts.ClientFacts;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * A CDS Hooks 2.0 service (https://cds-hooks.hl7.org/2.0/): discovery at {@code GET /cds-services}, the
 * {@code patient-view} service at {@code POST /cds-services/coachlogic-patient-view}, which maps the FHIR R4
 * prefetch to facts ({@link FhirFacts}) and answers with one card per recommendation, in the advice's order,
 * and the feedback endpoint, which counts accepted and overridden cards.
 */
final class CdsHooks {

    static final String SERVICE_ID = "coachlogic-patient-view";
    static final List<String> EXPERIENCES = List.of("NOVICE", "INTERMEDIATE", "ADVANCED");

    private final CoachServer server;

    CdsHooks(CoachServer server) {
        this.server = server;
    }

    void register(JavalinConfig config, Authenticator authenticator) {
        config.routes.get("/cds-services", this::discovery);
        config.routes.before("/cds-services/{id}", ctx -> {
            if (ctx.method().name().equals("POST")) {
                authenticator.requireToken(ctx, server.publicUrl());
            }
        });
        config.routes.before("/cds-services/{id}/feedback", ctx -> authenticator.requireToken(ctx,
                server.publicUrl()));
        config.routes.post("/cds-services/{id}", this::service);
        config.routes.post("/cds-services/{id}/feedback", this::feedback);
    }

    private void discovery(Context ctx) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode service = body.putArray("services").addObject();
        service.put("hook", "patient-view");
        service.put("title", "coachlogic back-pain coaching");
        service.put("description", "Evidence-based coaching recommendations for back pain, red flags first, from "
                + "the patient's conditions, observations and STarT Back answers.");
        service.put("id", SERVICE_ID);
        ObjectNode prefetch = service.putObject("prefetch");
        prefetch.put("patient", "Patient/{{context.patientId}}");
        prefetch.put("conditions", "Condition?patient={{context.patientId}}");
        prefetch.put("observations", "Observation?patient={{context.patientId}}");
        prefetch.put("questionnaireResponses", "QuestionnaireResponse?subject={{context.patientId}}");
        service.put("usageRequirements", "Give the patient's birth date; training experience comes from an "
                + "Observation coded urn:coachlogic:facts#client.experience (see docs/cds-hooks.md).");
        ctx.contentType("application/json").result(Json.write(body));
    }

    private void service(Context ctx) throws IOException {
        if (!SERVICE_ID.equals(ctx.pathParam("id"))) {
            throw new CoachServer.ProblemException(Problem.of(404, "not-found", "No such CDS service",
                    "the only service is " + SERVICE_ID));
        }
        CoachServer.requireJson(ctx, "application/json");
        JsonNode request = parse(server.body(ctx));
        List<Violation> shape = new ArrayList<>();
        if (!"patient-view".equals(request.path("hook").asText())) {
            shape.add(new Violation("$.hook", "must be \"patient-view\""));
        }
        if (!request.path("hookInstance").isTextual()) {
            shape.add(new Violation("$.hookInstance", "is required"));
        }
        if (!request.path("context").path("patientId").isTextual()) {
            shape.add(new Violation("$.context.patientId", "is required"));
        }
        if (!shape.isEmpty()) {
            throw new CoachServer.ProblemException(Problem.invalid("Invalid CDS Hooks request", shape));
        }
        JsonNode patient = request.path("prefetch").path("patient");
        if (!"Patient".equals(patient.path("resourceType").asText())) {
            throw new CoachServer.ProblemException(Problem.of(412, "prefetch-missing", "Prefetch missing",
                    "the prefetch must hold the Patient (key \"patient\"); this service does not query the FHIR "
                            + "server"));
        }
        FhirFacts mapped = FhirFacts.map(request.path("prefetch"), LocalDate.now(ZoneOffset.UTC));
        if (!mapped.problems().isEmpty()) {
            throw new CoachServer.ProblemException(Problem.invalid("Prefetch not usable", mapped.problems()));
        }
        RuleSet rules = server.ruleSet();
        CoachingEngine engine = rules.defaultEngine();
        String hookInstance = request.path("hookInstance").asText();
        List<Recommendation> shown = server.evaluate(() -> recommendations(engine, mapped));
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode cards = body.putArray("cards");
        String label = engine.ruleSet().name() + " " + engine.ruleSet().version();
        for (Recommendation recommendation : shown) {
            cards.add(card(recommendation, hookInstance, label));
        }
        ctx.header(CoachServer.FINGERPRINT_HEADER, rules.fingerprint());
        ctx.contentType("application/json").result(Json.write(body));
    }

    /**
     * The recommendations to show. When no resource gave the training experience, the facts are evaluated for
     * each of the three and only what all three give is shown: nothing that depends on an unknown is assumed.
     */
    private List<Recommendation> recommendations(CoachingEngine engine, FhirFacts mapped) {
        if (mapped.experienceKnown()) {
            return server.evaluated(engine, facts(mapped, mapped.facts())).recommendations();
        }
        List<Recommendation> common = null;
        for (String experience : EXPERIENCES) {
            ObjectNode facts = mapped.facts().deepCopy();
            facts.withObjectProperty("client").put("experience", experience);
            Advice advice = server.evaluated(engine, facts(mapped, facts));
            if (common == null) {
                common = new ArrayList<>(advice.recommendations());
            } else {
                Set<Recommendation> these = new LinkedHashSet<>(advice.recommendations());
                common.removeIf(r -> !these.contains(r));
            }
        }
        return common;
    }

    private static ClientFacts facts(FhirFacts mapped, ObjectNode facts) {
        try {
            return CoachServer.readFacts(Json.write(facts).getBytes(StandardCharsets.UTF_8));
        } catch (CoachServer.ProblemException e) {
            List<Violation> traced = e.problem().violations().stream().map(v -> {
                String origin = originOf(mapped, v.path());
                return origin == null ? v : new Violation(v.path(), v.message() + " (from " + origin + ")");
            }).toList();
            throw new CoachServer.ProblemException(Problem.invalid("Prefetch not usable", traced));
        }
    }

    private static String originOf(FhirFacts mapped, String path) {
        for (String candidate = path; !candidate.isEmpty(); ) {
            String origin = mapped.origin(candidate.replaceAll("\\[\\d+]$", ""));
            if (origin != null) {
                return origin;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            candidate = cut <= 0 ? "" : candidate.substring(0, cut);
        }
        return null;
    }

    static ObjectNode card(Recommendation recommendation, String hookInstance, String label) {
        ObjectNode card = Json.MAPPER.createObjectNode();
        card.put("uuid", UUID.nameUUIDFromBytes((hookInstance + "|" + recommendation.id())
                .getBytes(StandardCharsets.UTF_8)).toString());
        card.put("summary", recommendation.summary());
        StringBuilder detail = new StringBuilder(recommendation.detail()).append("\n\n**Why**\n\n");
        recommendation.because().forEach(reason -> detail.append("- ").append(reason).append('\n'));
        detail.append("\n**Sources**\n\n");
        for (Source source : recommendation.sources()) {
            detail.append("- ").append(source.url() == null ? source.label()
                    : "[" + source.label().replace("]", "\\]") + "](" + source.url() + ")").append('\n');
        }
        card.put("detail", detail.toString());
        card.put("indicator", switch (recommendation.priority()) {
            case URGENT -> "critical";
            case CAUTION -> "warning";
            case ADVICE -> "info";
        });
        ObjectNode source = card.putObject("source");
        source.put("label", label);
        source.putObject("topic").put("system", "urn:coachlogic:rules").put("code", recommendation.id())
                .put("display", recommendation.category().name());
        return card;
    }

    private void feedback(Context ctx) throws IOException {
        CoachServer.requireJson(ctx, "application/json");
        JsonNode request = parse(server.body(ctx));
        List<Violation> problems = new ArrayList<>();
        JsonNode items = request.path("feedback");
        if (!items.isArray()) {
            problems.add(new Violation("$.feedback", "must be an array"));
        } else {
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (!item.path("card").isTextual()) {
                    problems.add(new Violation("$.feedback[" + i + "].card", "is required"));
                }
                String outcome = item.path("outcome").asText();
                if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
                    problems.add(new Violation("$.feedback[" + i + "].outcome",
                            "must be \"accepted\" or \"overridden\""));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CoachServer.ProblemException(Problem.invalid("Invalid feedback", problems));
        }
        items.forEach(item -> server.metrics().feedback(item.path("outcome").asText()));
        ctx.status(200).contentType("application/json").result("{}\n");
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode json = Json.read(body);
            if (json == null || !json.isObject()) {
                throw new CoachServer.ProblemException(Problem.invalid("Invalid JSON",
                        List.of(new Violation("$", "must be a JSON object"))));
            }
            return json;
        } catch (JacksonException e) {
            throw new CoachServer.ProblemException(Problem.invalid("Invalid JSON", List.of(new Violation("$",
                    "is not JSON: " + e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
