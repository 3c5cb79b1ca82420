package vn.qrqg.clients.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
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
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(CAPACITY)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt))).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt != null && clock.instant().isBefore(jwt.getExpiresAt())) {
            return jwt;
        }
        jwt = verifier.decode(token); // throws on a bad signature or an expired token
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private Duration untilExpiry(Jwt jwt) {
        Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
