package vn.qrqg.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * The audit is append-only: the platform's runtime role (the {@code JdbcClient} bean's) may only
 * read it and add to it, whatever it tries; even the schema's owner cannot change a record, the
 * triggers refuse it. Only the owner's retention drops whole partitions (AuditRetentionIT).
 */
class AuditImmutabilityIT extends PlatformTestSupport {
    /** PostgreSQL's insufficient_privilege, also what "must be owner" and "permission denied to set parameter" give. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRuntimeRoleCanNeitherChangeNorRemoveNorHideAnAuditRecord() {
        assumeTrue(rolesAreSeparate(jdbc), "skipped: the external database is configured with one role");
        String qid = recorded();
        String today = todaysPartition();
        List<String> attempts = List.of(
                "update audit_record set outcome = 'VALID', fields = '{}' where qid = '" + qid + "'",
                "delete from audit_record where qid = '" + qid + "'",
                "update " + today + " set outcome = 'VALID' where qid = '" + qid + "'",
                "delete from " + today + " where qid = '" + qid + "'",
                "truncate audit_record",
                "truncate " + today,
                "alter table audit_record detach partition " + today,
                "drop table " + today,
                "alter table audit_record disable trigger all",
                "alter table " + today + " disable trigger all",
                "set session_replication_role = replica",
                "select pg_catalog.set_config('session_replication_role', 'replica', false)",
                "create or replace function audit_record_refuse_change() returns trigger language plpgsql "
                        + "as $$ begin return new; end $$",
                "drop trigger audit_record_append_only on audit_record",
                "alter table audit_record owner to current_user");
        for (String attempt : attempts) {
            assertThat(refusalOf(jdbc, attempt)).as(attempt).isEqualTo(INSUFFICIENT_PRIVILEGE);
        }
        assertThat(jdbc.sql("select outcome || ' ' || array_to_string(fields, ',') from audit_record where qid = :qid")
                .param("qid", qid).query(String.class).list()).containsExactly("NOT_FOUND shortName,birthYear");
        assertThat(jdbc.sql("select count(*) from audit_record where qid = :qid").param("qid", recorded())
                .query(Long.class).single()).as("the platform still writes its audit").isOne();
    }

    @Test
    void evenTheSchemaOwnerCannotChangeARecordNorEmptyTheAudit() {
        String qid = recorded();
        JdbcClient owner = asOwner();
        for (String attempt : List.of("update audit_record set outcome = 'VALID' where qid = '" + qid + "'",
                "delete from audit_record where qid = '" + qid + "'", "truncate audit_record",
                "truncate " + todaysPartition())) {
            assertThatThrownBy(() -> owner.sql(attempt).update()).as(attempt).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("append-only");
        }
        assertThat(jdbc.sql("select count(*) from audit_record where qid = :qid").param("qid", qid)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void partitionsAreReadyAWeekAhead() {
        String inAWeek = "audit_record_p" + LocalDate.now(ZoneOffset.UTC).plusDays(7).toString().replace("-", "");
        assertThat(jdbc.sql("select to_regclass(:name) is not null").param("name", inAWeek).query(Boolean.class)
                .single()).isTrue();
    }

    private static String todaysPartition() {
        return "audit_record_p" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "");
    }

    private String recorded() {
        String qid = Qid.generate().value();
        audit.record(new AuditEntry(Instant.now(), "immutability-test", UUID.randomUUID(), "scan:venue", qid, null,
                List.of("shortName", "birthYear"), "POST /api/v1/scans", "NOT_FOUND"));
        return qid;
    }
}
