package vn.qrqg.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("app")
                .issuedAt(NOW).expiresAt(NOW.plusSeconds(600)).build();
    };

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, Clock.fixed(NOW.plusSeconds(10), ZoneOffset.UTC));
        tokens.decode("good-1");
        tokens.decode("good-1");
        tokens.decode("good-1");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void onceExpiredATokenIsVerifiedAgainAndSoRefused() {
        Instant[] now = {NOW};
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        VerifiedTokens tokens = new VerifiedTokens(token -> {
            if (now[0].isAfter(NOW.plusSeconds(599))) {
                throw new BadJwtException("expired");
            }
            return verifier.decode(token);
        }, clock);
        tokens.decode("good-2");
        now[0] = NOW.plusSeconds(600);
        assertThatThrownBy(() -> tokens.decode("good-2")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aTokenThatFailsIsNeverRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }
}
