package vn.qrqg.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.tracing.TracingTestSupport;

/** Cases and their alerts are dropped whole past the retention, withdrawn or not (Regulation 733). */
class TracingHousekeepingIT extends TracingTestSupport {
    @Autowired
    TracingHousekeeping housekeeping;

    @Test
    void aCaseReportedBeforeTheRetentionLeavesNoTrace() throws Exception {
        TestVenue venue = venue("market");
        Visitor patient = visitor("Ca Bệnh Cũ");
        Visitor shopper = visitor("Người Mua Cũ");
        assertThat(statuses(venue.staffToken(), List.of(
                event("r", 1, patient.fullQr(), "IN", yesterdayAt(8, 0)), event("r", 2, shopper.fullQr(), "IN", yesterdayAt(8, 10)))))
                .containsOnly("STORED");
        String health = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        String body = json(Map.of("items", List.of(Map.of("sourceId", "old-" + System.nanoTime(),
                "documentNumber", patient.person().documentNumber(), "sampledAt", yesterdayAt(9, 0).toString(),
                "confirmedAt", Instant.now().toString()))));
        UUID caseId = UUID.fromString(TestClients.json(TestClients.send(port, "POST", CASES, health, body)
                .body()).path("items").get(0).path("caseId").asString());
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (alerts(caseId) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(alerts(caseId)).isEqualTo(1);

        assertThat(housekeeping.housekeep(Instant.now())).as("within the retention").isZero();
        jdbc.sql("update tracing_case set reported_at = now() - interval '31 days' where case_id = :id")
                .param("id", caseId).update();
        assertThat(housekeeping.housekeep(Instant.now())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from tracing_case where case_id = :id").param("id", caseId)
                .query(Long.class).single()).isZero();
        assertThat(alerts(caseId)).isZero();
        assertThat(alertsOf(shopper)).isEmpty();
    }

    private long alerts(UUID caseId) {
        return jdbc.sql("select count(*) from tracing_alert a join tracing_case_alerts l on a.alert_id = any(l.alert_ids)"
                + " where l.case_id = :id").param("id", caseId)
                .query(Long.class).single();
    }
}
