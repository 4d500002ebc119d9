package org.claimgraph.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Who may write: a request that carries {@code Authorization: Bearer TOKEN} with the configured token. The tokens are
 * compared in constant time (their SHA-256 digests, so not even the length shows). With no token configured, every
 * write is refused.
 */
final class WriteAccess {

    static final String TOKEN_VARIABLE = WebServer.TOKEN_VARIABLE;

    private final byte[] expected;

    /** @param token the token writes need, or null to refuse every write */
    WriteAccess(String token) {
        this.expected = token == null || token.isBlank() ? null : digest(token.strip());
    }

    boolean configured() {
        return expected != null;
    }

    /** Returns when the Authorization header carries the token; else a 403 or 401 saying what to do. */
    void check(String authorization) {
        if (expected == null) {
            throw new ApiException(403, "Writes are off: this server has no token. Start it with --token-file FILE "
                    + "(a file holding the token) or the environment variable " + TOKEN_VARIABLE + ", then send "
                    + "'Authorization: Bearer TOKEN'.");
        }
        String prefix = "Bearer ";
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, prefix, 0, prefix.length());
        if (!bearer) {
            throw new ApiException(401, "This write needs the server's token: send 'Authorization: Bearer TOKEN'.");
        }
        byte[] given = digest(authorization.substring(prefix.length()).strip());
        if (!MessageDigest.isEqual(given, expected)) {
            throw new ApiException(403, "The bearer token is not this server's. Send the token from the server's "
                    + "--token-file or " + TOKEN_VARIABLE + ".");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
