package org.coachlogic.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;

/**
 * Who may call: on the JSON API an API key ({@code X-API-Key}) or a signed bearer token; on CDS Hooks services
 * a signed bearer token (CDS Hooks 2.0). Without either configured the service runs only with the explicit
 * development flag. Keys are compared as SHA-256 digests in constant time; neither keys nor tokens are logged.
 */
final class Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    private final boolean open;
    private final List<byte[]> keyDigests;
    private final TokenVerifier tokens;

    Authenticator(ServerSettings settings, TokenVerifier tokens) {
        this.open = settings.devNoAuth();
        this.keyDigests = settings.apiKeys().stream().map(Authenticator::digest).collect(Collectors.toList());
        this.tokens = tokens;
    }

    /** For {@code /v1/*}: an API key or a token whose {@code aud} is the endpoint's URL. */
    void requireForApi(Context ctx, String publicUrl) {
        if (open) {
            return;
        }
        String key = ctx.header(CoachServer.API_KEY_HEADER);
        if (key != null) {
            byte[] digest = digest(key);
            boolean known = false;
            for (byte[] candidate : keyDigests) {
                known |= MessageDigest.isEqual(candidate, digest);
            }
            if (known) {
                return;
            }
            throw refused("the API key is not known", "ApiKey");
        }
        requireToken(ctx, publicUrl);
    }

    /** For CDS Hooks services: a signed token whose {@code aud} is the endpoint's URL. */
    void requireToken(Context ctx, String publicUrl) {
        if (open) {
            return;
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw refused("send a signed JWT as a bearer token" + (keyDigests.isEmpty() ? "" : " or an API key in "
                    + CoachServer.API_KEY_HEADER), "Bearer");
        }
        if (!tokens.enabled()) {
            throw refused("no token issuer is configured", "Bearer");
        }
        try {
            tokens.verify(authorization.substring(7).trim(), publicUrl + ctx.path());
        } catch (TokenVerifier.RefusedToken e) {
            LOG.info("refused a token for {}: {}", ctx.endpoints().lastHttpEndpoint() == null ? "unmatched"
                    : ctx.endpoints().lastHttpEndpoint().path, e.getMessage());
            throw refused(e.getMessage(), "Bearer");
        }
    }

    private static CoachServer.ProblemException refused(String detail, String scheme) {
        return new CoachServer.ProblemException(new Problem(401, "urn:coachlogic:problem:unauthorized",
                "Unauthorized", detail, List.of(), null), scheme);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
