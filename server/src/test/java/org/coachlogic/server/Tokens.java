package org.coachlogic.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/** A CDS client's keys and the tokens it signs with them, made with nimbus-jose-jwt as a client would. */
final class Tokens {

    static final String ISSUER = "https://ehr.example.org";

    final ECKey ecKey;
    final RSAKey rsaKey;

    Tokens() {
        try {
            ecKey = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
            rsaKey = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public keys as a JWKS file. */
    Path jwksFile(Path folder) {
        try {
            Path file = folder.resolve("jwks.json");
            Files.writeString(file, new JWKSet(java.util.List.of(ecKey.toPublicJWK(), rsaKey.toPublicJWK()))
                    .toString());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JWTClaimsSet.Builder claims(String audience) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("client-app").audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(240)))
                .jwtID(UUID.randomUUID().toString());
    }

    String es384(JWTClaimsSet claims) {
        try {
            return sign(new ECDSASigner(ecKey), new JWSHeader.Builder(JWSAlgorithm.ES384).keyID("ec-1").build(),
                    claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String rs384(JWTClaimsSet claims) {
        try {
            return sign(new RSASSASigner(rsaKey), new JWSHeader.Builder(JWSAlgorithm.RS384).keyID("rsa-1").build(),
                    claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed with a key the service was never told about, under the trusted key's id. */
    static String forged(JWTClaimsSet claims) {
        try {
            ECKey stranger = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
            return sign(new ECDSASigner(stranger), new JWSHeader.Builder(JWSAlgorithm.ES384).keyID("ec-1").build(),
                    claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC with a guessable secret: a symmetric algorithm the service must never accept. */
    static String hmac(JWTClaimsSet claims) {
        try {
            return sign(new MACSigner("0123456789abcdef0123456789abcdef"), new JWSHeader(JWSAlgorithm.HS256),
                    claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    private static String sign(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
