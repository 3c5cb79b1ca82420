package vn.qrqg.holders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.PlatformTestSupport;

/** Holder tokens revoked more than 30 days ago go on a schedule; valid ones stay however old. */
class RevokedTokenHousekeepingIT extends PlatformTestSupport {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    RevokedTokenHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tokensRevokedLongAgoAreDeletedAndRecentlyRevokedOrValidOnesKept() {
        UUID revokedLongAgo = token("now() - interval '40 days'");
        UUID revokedRecently = token("now() - interval '10 days'");
        UUID valid = token("null");

        housekeeping.deleteExpired(Instant.now());

        assertThat(exists(revokedLongAgo)).isFalse();
        assertThat(exists(revokedRecently)).isTrue();
        assertThat(exists(valid)).isTrue();
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
}
