package vn.qrqg.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.qrqg.audit.AuditFilter;

class AuditFilterSqlTest {

    @Test
    void everyFilterGivenNarrowsAndTheTimeRangeIsOnThePartitionKey() {
        AuditFilter filter = new AuditFilter(null, "scanner-1", List.of("staff-1"), UUID.randomUUID(), List.of("app-1"),
                "scan:police", "POST /api/v1/scans", Instant.parse("2026-12-07T00:00:00Z"), Instant.parse("2026-12-08T00:00:00Z"));
        assertThat(AuditFilterSql.where(filter)).isEqualTo(" where client_id = :clientId and client_id = any(:venueClients)"
                + " and app_id = :appId and client_id = any(:appClients) and scope = :scope and purpose = :purpose"
                + " and at >= :from and at < :to");
        assertThat(AuditFilterSql.where(new AuditFilter("842892289636122553", null, null, null, null, null, null, null,
                null))).isEqualTo(" where qid = :qid");
    }

    @Test
    void aBoundIsRoundedUpToTheMicrosecondRecordsAreKeptIn() {
        assertThat(AuditFilterSql.time(Instant.parse("2026-12-07T10:00:00.000001500Z")).toInstant())
                .isEqualTo(Instant.parse("2026-12-07T10:00:00.000002Z"));
        assertThat(AuditFilterSql.time(Instant.parse("2026-12-07T10:00:00.000001Z")).toInstant())
                .isEqualTo(Instant.parse("2026-12-07T10:00:00.000001Z"));
        assertThat(AuditFilterSql.time(null)).isNull();
    }
}
