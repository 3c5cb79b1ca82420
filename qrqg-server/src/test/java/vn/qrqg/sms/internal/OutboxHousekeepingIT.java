package vn.qrqg.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.platform.PlatformTestSupport;

/** The reference outbox holds phones and codes: messages past qrqg.sms.outbox-retention (7 days) go on a schedule. */
class OutboxHousekeepingIT extends PlatformTestSupport {

    @Autowired
    OutboxHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void messagesPastTheRetentionAreDeletedWithoutAnythingNewBeingSentAndNewerOnesKept() {
        UUID old = message("8 days");
        UUID recent = message("6 days");

        housekeeping.deleteExpired(Instant.now());

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private UUID message(String ago) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into sms_outbox (message_id, phone, text, created_at) "
                + "values (?, '0912345678', 'test', now() - cast(? as interval))").params(id, ago).update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from sms_outbox where message_id = ?").param(id).query(Long.class).single() == 1;
    }
}
