package com.example.coaching.service;

import java.util.List;
import java.util.Map;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.InvalidFactsException;
import org.coachlogic.facts.ClientFacts;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot service that evaluates the facts it is sent: {@code POST /advice}. */
@SpringBootApplication
@RestController
public class CoachingService {

    private final CoachingEngine engine;

    public CoachingService(CoachingEngine engine) {
        this.engine = engine;
    }

    public static void main(String[] args) {
        SpringApplication.run(CoachingService.class, args);
    }

    // docs/embedding.md: spring-boot controller
    /** One engine for the application, with the service's own rule pack: it is immutable and thread-safe. */
    @Bean
    static CoachingEngine coachingEngine() {
        return CoachingEngine.builder().withClasspathPack("com/example/coaching/service/pack").build();
    }

    /** Spring's own ObjectMapper reads the facts, as strictly as CoachingJson.readFacts does. */
    @PostMapping("/advice")
    Advice advice(@RequestBody ClientFacts facts) {
        return engine.evaluate(facts);
    }

    /** Facts that break the contract: every problem, with its JSON path, in a 400 answer. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFactsException invalid) {
                return ResponseEntity.badRequest().body(Map.of("violations", invalid.violations()));
            }
        }
        return ResponseEntity.badRequest()
                .body(Map.of("violations", List.of(Map.of("path", "$", "message", "is not readable as JSON"))));
    }
    // /docs/embedding.md: spring-boot controller
}
