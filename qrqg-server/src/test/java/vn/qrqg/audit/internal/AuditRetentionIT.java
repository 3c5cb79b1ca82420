package vn.qrqg.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.PlatformTestSupport;

/** Regulation 733: audit records past the retention (30 days by default) go, a whole day's partition at a time. */
class AuditRetentionIT extends PlatformTestSupport {

    @Autowired
    AuditRetention retention;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartitionPastTheRetentionIsDroppedDespiteTheAppendOnlyTriggersAndTheAuditGoesOn() {
        LocalDate old = today().minusDays(40);
        String partition = oldPartitionWithARecord(old);
        assertThat(recordsOf(old)).isEqualTo(1);

        assertThat(retention.dropExpired()).contains(partition);

        assertThat(exists(partition)).isFalse();
        assertThat(recordsOf(old)).isZero();
        assertThat(exists(name(today()))).isTrue();
        assertThat(exists(name(today().minusDays(1)))).as("yesterday's, still written to after midnight").isTrue();
        String qid = Qid.generate().value();
        audit.record(new AuditEntry(Instant.now(), "retention-test", UUID.randomUUID(), "scan:venue", qid, null,
                List.of("shortName"), "POST /api/v1/scans", "NOT_FOUND"));
        assertThat(jdbc.sql("select count(*) from audit_record where qid = :qid").param("qid", qid)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aPartitionWithinTheRetentionStays() {
        String partition = oldPartitionWithARecord(today().minusDays(20));

        assertThat(retention.dropExpired()).doesNotContain(partition);

        assertThat(exists(partition)).isTrue();
        asOwner().sql("drop table " + partition).update(); // other tests' days stay as the platform made them
    }

    /** A partition as the platform makes it (with the trigger refusing TRUNCATE), holding one record. */
    private String oldPartitionWithARecord(LocalDate day) {
        String partition = name(day);
        asOwner().sql("create table if not exists " + partition + " partition of audit_record for values from ('" + day
                + " 00:00:00+00') to ('" + day.plusDays(1) + " 00:00:00+00')").update();
        asOwner().sql("create trigger audit_record_no_truncate before truncate on " + partition
                + " for each statement execute function audit_record_refuse_change()").update();
        jdbc.sql("""
                        insert into audit_record (at, client_id, app_id, scope, qid, fields, purpose, outcome)
                        values (:at, 'retention-test', :app, 'scan:venue', :qid, '{shortName}', 'POST /api/v1/scans',
                            'NOT_FOUND')""")
                .param("at", day.atTime(12, 0).atOffset(ZoneOffset.UTC)).param("app", UUID.randomUUID())
                .param("qid", Qid.generate().value()).update();
        return partition;
    }

    private long recordsOf(LocalDate day) {
        return jdbc.sql("select count(*) from audit_record where at >= :from and at < :to")
                .param("from", day.atStartOfDay().atOffset(ZoneOffset.UTC))
                .param("to", day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    private boolean exists(String table) {
        return jdbc.sql("select to_regclass(:table) is not null").param("table", table).query(Boolean.class).single();
    }

    private static String name(LocalDate day) {
        return "audit_record_p" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
