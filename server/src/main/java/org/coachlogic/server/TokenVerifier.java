package org.coachlogic.server;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Verifies the bearer tokens of CDS Hooks clients (and of JSON API clients that use them), as CDS Hooks 2.0
 * asks: a JWT signed by the client with an asymmetric key from the JWKS configured for its issuer; {@code aud}
 * the URL of the endpoint called; {@code exp} in the future and at most five minutes (plus clock skew) away;
 * {@code jti} never seen before from that issuer while its token lives. nimbus-jose-jwt does the signature,
 * key selection and the standard claim checks.
 */
final class TokenVerifier {

    /** RSA (RS*, PS*) and elliptic-curve (ES*) signatures; never HMAC, never unsigned. */
    static final Set<JWSAlgorithm> ALGORITHMS;

    static {
        Set<JWSAlgorithm> algorithms = new HashSet<>(JWSAlgorithm.Family.RSA);
        algorithms.addAll(JWSAlgorithm.Family.EC);
        ALGORITHMS = Set.copyOf(algorithms);
    }

    static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Map<String, DefaultJWTProcessor<SecurityContext>> processors = new LinkedHashMap<>();
    private final Map<String, Instant> seenTokenIds = new ConcurrentHashMap<>();
    private final Clock clock;

    /** A refused token; the message says why, without echoing the token. */
    static final class RefusedToken extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedToken(String message) {
            super(message);
        }
    }

    TokenVerifier(Map<String, String> issuers, Clock clock) {
        this.clock = clock;
        issuers.forEach((issuer, jwks) -> processors.put(issuer, processor(issuer, keys(jwks))));
    }

    boolean enabled() {
        return !processors.isEmpty();
    }

    /**
     * Checks a compact JWT for the endpoint at {@code audience}; returns its issuer.
     *
     * @throws RefusedToken if anything about it is wrong
     */
    String verify(String token, String audience) throws RefusedToken {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new RefusedToken("the bearer token is not a JWT");
        }
        if (!(jwt instanceof SignedJWT)) {
            throw new RefusedToken("the bearer token is not signed");
        }
        String issuer;
        try {
            issuer = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new RefusedToken("the bearer token's claims are not readable");
        }
        DefaultJWTProcessor<SecurityContext> processor = issuer == null ? null : processors.get(issuer);
        if (processor == null) {
            throw new RefusedToken("the token's issuer is not trusted");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process((SignedJWT) jwt, null);
        } catch (BadJOSEException | JOSEException e) {
            throw new RefusedToken("the token was refused: " + e.getMessage());
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
            throw new RefusedToken("the token's aud is not this endpoint, " + audience);
        }
        Instant now = clock.instant();
        Instant expires = claims.getExpirationTime().toInstant();
        if (expires.isAfter(now.plus(MAX_LIFETIME).plus(CLOCK_SKEW))) {
            throw new RefusedToken("the token expires more than five minutes from now");
        }
        seenTokenIds.values().removeIf(expiry -> expiry.plus(CLOCK_SKEW).isBefore(now));
        if (seenTokenIds.putIfAbsent(issuer + " " + claims.getJWTID(), expires) != null) {
            throw new RefusedToken("the token's jti was used before");
        }
        return issuer;
    }

    private DefaultJWTProcessor<SecurityContext> processor(String issuer, JWKSource<SecurityContext> keys) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("iss", "aud", "exp", "jti"));
        claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    /** A JWKS from an https (or, for loopback tests, http) URL, fetched and cached by nimbus; else a file. */
    private static JWKSource<SecurityContext> keys(String location) {
        try {
            if (location.startsWith("https://") || location.startsWith("http://")) {
                return JWKSourceBuilder.create(URI.create(location).toURL()).build();
            }
            return new ImmutableJWKSet<>(JWKSet.load(new File(location)));
        } catch (IOException | ParseException e) {
            throw new IllegalArgumentException("cannot read the JWKS at " + location + ": " + e.getMessage(), e);
        }
    }
}
