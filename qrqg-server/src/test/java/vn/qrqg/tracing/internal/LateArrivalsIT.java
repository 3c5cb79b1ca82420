package vn.qrqg.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.tracing.TracingTestSupport;

/**
 * A case is traced when it is reported; what arrives after still alerts: an offline reader's
 * batch uploaded late at a venue the case visited (at once), a late batch holding the case's own
 * visit (by the next day's tracing), and a check-in made after the tracing within the hour after
 * the case's confirmation (once that hour is over).
 */
class LateArrivalsIT extends TracingTestSupport {
    @Autowired
    LateArrivals lateArrivals;

    @Test
    void aBatchUploadedAfterTheTracingStillAlerts() throws Exception {
        TestVenue restaurant = venue("restaurant");
        TestVenue shop = venue("shop");
        Visitor patient = visitor("Ca Bệnh Đến Trước");
        Visitor latecomer = visitor("Đầu Đọc Gửi Muộn");
        Visitor shopper = visitor("Khách Cửa Hàng");
        assertThat(statuses(restaurant.staffToken(), List.of(
                event("a", 1, patient.fullQr(), "IN", yesterdayAt(12, 0)),
                event("a", 2, patient.fullQr(), "OUT", yesterdayAt(13, 0))))).containsOnly("STORED");
        assertThat(statuses(shop.staffToken(), List.of(
                event("b", 1, shopper.fullQr(), "IN", yesterdayAt(15, 0)),
                event("b", 2, shopper.fullQr(), "OUT", yesterdayAt(15, 30))))).containsOnly("STORED");
        UUID caseId = reported(patient, yesterdayAt(20, 0).toInstant(), Instant.now());
        awaitTraced(caseId);
        assertThat(alertsOf(latecomer)).isEmpty();
        assertThat(alertsOf(shopper)).isEmpty();

        // another reader at the restaurant uploads a day late
        assertThat(statuses(restaurant.staffToken(), List.of(
                event("c", 1, latecomer.fullQr(), "IN", yesterdayAt(12, 30)),
                event("c", 2, latecomer.fullQr(), "OUT", yesterdayAt(12, 45))))).containsOnly("STORED");
        JsonNode late = awaitAlerts(latecomer);
        assertThat(late).hasSize(1);
        assertThat(late.get(0).path("level").asString()).isEqualTo("F1");
        assertThat(OffsetDateTime.parse(late.get(0).path("from").asString())).isEqualTo(yesterdayAt(12, 30));

        // the shop's other reader had the case's own visit: the shopper was there with them, and
        // the case's daily tracing while readers may upload late finds them
        assertThat(statuses(shop.staffToken(), List.of(
                event("d", 1, patient.fullQr(), "IN", yesterdayAt(15, 10)),
                event("d", 2, patient.fullQr(), "OUT", yesterdayAt(15, 20))))).containsOnly("STORED");
        assertThat(alertsOf(shopper)).isEmpty();
        assertThat(lateArrivals.housekeep(Instant.now().plus(Duration.ofHours(25)))).isPositive();
        JsonNode theirs = alertsOf(shopper);
        assertThat(theirs).hasSize(1);
        assertThat(theirs.get(0).path("venue").path("code").asString()).isEqualTo(shop.code());
        assertThat(alertsOf(patient)).isEmpty();
    }

    @Test
    void aCheckInAfterTheTracingWithinTheHourAfterConfirmationIsFoundWhenTheHourIsOver() throws Exception {
        TestVenue cafe = venue("restaurant");
        Visitor patient = visitor("Ca Bệnh Vừa Đi");
        Visitor next = visitor("Khách Đến Sau");
        assertThat(selfCheckIn(appToken(), patient.holderToken(), cafe.code(), "IN").statusCode()).isEqualTo(201);
        assertThat(selfCheckIn(appToken(), patient.holderToken(), cafe.code(), "OUT").statusCode()).isEqualTo(201);
        UUID caseId = reported(patient, Instant.now().minus(Duration.ofHours(3)), Instant.now());
        awaitTraced(caseId);
        assertThat(staffCheckIn(cafe.staffToken(), next.fullQr(), "IN").statusCode()).isEqualTo(201);
        assertThat(alertsOf(next)).isEmpty();

        assertThat(lateArrivals.housekeep(Instant.now())).as("the hour after confirmation is not over").isZero();
        assertThat(lateArrivals.housekeep(Instant.now().plus(Duration.ofMinutes(62)))).as("alerts new, of every case due")
                .isPositive();
        assertThat(alertsOf(next)).hasSize(1);
        assertThat(lateArrivals.housekeep(Instant.now().plus(Duration.ofMinutes(62)))).as("followed up once").isZero();
    }

    private UUID reported(Visitor who, Instant sampledAt, Instant confirmedAt) throws Exception {
        String health = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        HttpResponse<String> answer = TestClients.send(port, "POST", CASES, health,
                json(Map.of("items", List.of(Map.of("sourceId", "late-" + UUID.randomUUID(), "documentNumber",
                        who.person().documentNumber(), "sampledAt", sampledAt.toString(), "confirmedAt",
                        confirmedAt.toString())))));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return UUID.fromString(TestClients.json(answer.body()).path("items").get(0).path("caseId").asString());
    }

    private void awaitTraced(UUID caseId) throws InterruptedException {
        long deadline = System.nanoTime() + TRACED_WITHIN.toNanos();
        while (System.nanoTime() < deadline && jdbc.sql("select traced_at is not null from tracing_case where case_id = :id")
                .param("id", caseId).query(Boolean.class).single() == Boolean.FALSE) {
            Thread.sleep(50);
        }
    }
}
