package vn.qrqg.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The audit is append-only even for the platform's own database role, a superuser in the embedded database. */
class AuditImmutabilityIT extends PlatformTestSupport {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAppCanNeitherUpdateNorDeleteAnAuditRecord() {
        String qid = recorded();
        assertThatThrownBy(() -> jdbc.sql("update audit_record set outcome = 'VALID', fields = '{}' where qid = :qid")
                .param("qid", qid).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where qid = :qid").param("qid", qid).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select outcome || ' ' || array_to_string(fields, ',') from audit_record where qid = :qid")
                .param("qid", qid).query(String.class).list()).containsExactly("NOT_FOUND shortName,birthYear");
    }

    @Test
    void theAppCannotTruncateTheAuditNorOneOfItsPartitions() {
        String qid = recorded();
        String today = "audit_record_p" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_record").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate " + today).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_record where qid = :qid").param("qid", qid)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void partitionsAreReadyAWeekAhead() {
        String inAWeek = "audit_record_p" + LocalDate.now(ZoneOffset.UTC).plusDays(7).toString().replace("-", "");
        assertThat(jdbc.sql("select to_regclass(:name) is not null").param("name", inAWeek).query(Boolean.class)
                .single()).isTrue();
    }

    private String recorded() {
        String qid = Qid.generate().value();
        audit.record(new AuditEntry(Instant.now(), "immutability-test", UUID.randomUUID(), "scan:venue", qid, null,
                List.of("shortName", "birthYear"), "POST /api/v1/scans", "NOT_FOUND"));
        return qid;
    }
}
