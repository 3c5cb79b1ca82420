package vn.qrqg.holders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.holders.InvalidHolderTokenException;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.platform.secrets.SecretTokens;

/**
 * Holder tokens go on a schedule: one unused for 180 days is revoked (its person left the app),
 * and one revoked more than 30 days ago is deleted; a token in use stays however old.
 */
class HolderTokenHousekeepingIT extends PlatformTestSupport {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    HolderTokenHousekeeping housekeeping;

    @Autowired
    HolderTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tokensRevokedLongAgoAreDeletedAndRecentlyRevokedOrValidOnesKept() {
        UUID revokedLongAgo = token("now() - interval '40 days'");
        UUID revokedRecently = token("now() - interval '10 days'");
        UUID valid = token("null");

        housekeeping.run(Instant.now());

        assertThat(exists(revokedLongAgo)).isFalse();
        assertThat(exists(revokedRecently)).isTrue();
        assertThat(exists(valid)).isTrue();
    }

    @Test
    void aTokenNoAppUsedFor180DaysIsRevokedAndOneStillInUseIsKept() {
        UUID app = UUID.randomUUID();
        String left = tokens.issue(app, Qid.generate());
        String stayed = tokens.issue(app, Qid.generate());
        lastUsed(left, "now() - interval '181 days'");
        lastUsed(stayed, "now() - interval '181 days'");

        tokens.verify(caller(app), stayed); // the person opens the app once

        housekeeping.run(Instant.now());

        assertThatThrownBy(() -> tokens.verify(caller(app), left)).isInstanceOf(InvalidHolderTokenException.class);
        assertThat(tokens.verify(caller(app), stayed).appId()).isEqualTo(app);
        assertThat(jdbc.sql("select revoked_at is not null from holders_token where token_hash = ?")
                .param(SecretTokens.sha256(left)).query(Boolean.class).single()).as("kept a month, revoked").isTrue();
    }

    @Test
    void aTokenUsedEveryDayIsWrittenToAtMostOnceADay() {
        UUID app = UUID.randomUUID();
        String token = tokens.issue(app, Qid.generate());
        Instant before = lastUsedAt(token);
        for (int use = 0; use < 5; use++) {
            tokens.verify(caller(app), token);
        }
        assertThat(lastUsedAt(token)).as("issued today: no write for its uses today").isEqualTo(before);
        lastUsed(token, "now() - interval '2 days'");
        tokens.verify(caller(app), token);
        assertThat(lastUsedAt(token)).isAfter(Instant.now().minusSeconds(60));
    }

    private void lastUsed(String token, String when) {
        jdbc.sql("update holders_token set last_used_at = " + when + " where token_hash = ?")
                .param(SecretTokens.sha256(token)).update();
    }

    private Instant lastUsedAt(String token) {
        return jdbc.sql("select last_used_at from holders_token where token_hash = ?").param(SecretTokens.sha256(token))
                .query(java.time.OffsetDateTime.class).single().toInstant();
    }

    private UUID token(String revokedAt) {
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        return jdbc.sql("insert into holders_token (token_hash, app_id, qid, issued_at, revoked_at) "
                        + "values (?, ?, ?, now() - interval '60 days', " + revokedAt + ") returning token_id")
                .params(hash, UUID.randomUUID(), Qid.generate().value()).query(UUID.class).single();
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from holders_token where token_id = ?").param(id).query(Long.class).single() == 1;
    }

    /** The app as a caller of {@link HolderTokens#verify}: a holder is verified for a calling app. */
    private static CallingClient caller(UUID app) {
        return new CallingClient(app, "holder-housekeeping-it", Set.of());
    }
}
