package com.example.coaching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.Violation;

/**
 * A host application shipped as one shaded jar: {@code java -jar coaching-app.jar client.json} prints the
 * advice JSON for the client, with the default rules and the clinic's own rule pack, which comes inside the
 * jar and is compiled when the engine is built.
 */
public final class ShadedApp {

    private ShadedApp() {
    }

    public static void main(String[] args) throws IOException {
        CoachingEngine engine = CoachingEngine.builder().withClasspathPack("com/example/coaching/pack").build();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            Advice advice = engine.evaluate(CoachingJson.readFacts(in));
            System.out.println(CoachingJson.writeAdvice(advice));
        } catch (InvalidFactsException e) {
            for (Violation violation : e.violations()) {
                System.err.println(violation.path() + ": " + violation.message());
            }
            System.exit(2);
        }
    }
}
