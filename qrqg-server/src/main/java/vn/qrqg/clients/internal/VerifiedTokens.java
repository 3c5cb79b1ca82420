package vn.qrqg.clients.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers the access tokens it has verified until they expire, so that an app's thousands of
 * calls with one token pay for parsing and the RSA signature check once (about a seventh of the
 * platform's CPU per call otherwise). Only the exact token text that verified is trusted again;
 * whether its app is still certified is checked on every call ({@link AppTokenConverter}).
 */
final class VerifiedTokens implements JwtDecoder {
    /** Tokens live minutes and a client reuses one: a few thousand cover every active client. */
    static final int CAPACITY = 20_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token);
        if (jwt != null && jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) {
            return jwt;
        }
        jwt = verifier.decode(token); // throws on a bad signature or an expired token
        if (verified.size() >= CAPACITY) {
            verified.clear(); // simple and bounded: the next calls verify again
        }
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }
}
