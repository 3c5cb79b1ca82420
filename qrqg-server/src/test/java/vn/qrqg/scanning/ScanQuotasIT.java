package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.checkins.CheckInsTestSupport;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople;

/**
 * Each scanner credential's hourly quota of distinct people, over HTTP: staff check-ins, offline
 * batches and scans. Each test sets a small quota for its own new credentials only, so that the
 * other integration tests, which share the context, are unaffected.
 */
class ScanQuotasIT extends CheckInsTestSupport {
    private static final String QUOTA_EXCEEDED = "https://qrqg.vn/problems/scan-quota-exceeded";

    @Autowired
    ScanQuotas quotas;

    @Test
    void aVenueScannerPastItsQuotaIsRefusedWithRetryAfterWhileThePeopleItCountedStillCheckIn() throws Exception {
        TestVenue venue = venue("shop");
        TestVenue neighbour = venue("shop");
        quotas.limit(venue.staffClientId(), 3);
        quotas.limit(neighbour.staffClientId(), 3);
        Visitor visitor = visitor("Phùng Văn Khải");
        assertThat(staffCheckIn(venue.staffToken(), visitor.maskedQr(), "IN").statusCode()).isEqualTo(201);
        // made-up numbers count as people: the oracle's probes are what the quota is for
        assertThat(staffCheckIn(venue.staffToken(), madeUpCard(), "IN").statusCode()).isEqualTo(422);
        assertThat(staffCheckIn(venue.staffToken(), madeUpCard(), "IN").statusCode()).isEqualTo(422);

        HttpResponse<String> refused = staffCheckIn(venue.staffToken(), madeUpCard(), "IN");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        JsonNode problem = TestClients.json(refused.body());
        assertThat(problem.path("type").asString()).isEqualTo(QUOTA_EXCEEDED);
        assertThat(problem.path("detail").asString()).contains("3 different people this hour");
        assertThat(problem.path("peoplePerHour").asInt()).isEqualTo(3);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(refused.body()).doesNotContain("outcome");

        // someone counted this hour, by QR or by another of their QRs, still checks in
        HttpResponse<String> again = staffCheckIn(venue.staffToken(), visitor.fullQr(), "OUT");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        // another venue's scanner has its own count
        assertThat(staffCheckIn(neighbour.staffToken(), madeUpCard(), "IN").statusCode()).isEqualTo(422);
        assertThat(historyOf(venue.ownerToken(), venue.code(), "").path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aBatchPastTheQuotaIsRefusedWholeAndNothingOfItIsStored() throws Exception {
        TestVenue venue = venue("restaurant");
        quotas.limit(venue.staffClientId(), 2);
        Visitor an = visitor("Quách Văn An");
        Visitor binh = visitor("Quách Thị Bình");
        OffsetDateTime at = yesterdayAt(19, 0);
        assertThat(statuses(venue.staffToken(), List.of(event("r", 1, an.fullQr(), "IN", at))))
                .containsExactly("STORED");

        List<Map<String, Object>> tooMany = List.of(event("r", 2, binh.fullQr(), "IN", at),
                event("r", 3, an.maskedQr(), "OUT", at.plusMinutes(30)), event("r", 4, madeUpCard(), "IN", at));
        HttpResponse<String> refused = upload(venue.staffToken(), tooMany);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(TestClients.json(refused.body()).path("type").asString()).isEqualTo(QUOTA_EXCEEDED);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(historyOf(venue.ownerToken(), venue.code(), "?day=" + yesterday()).path("total").asLong())
                .isEqualTo(1);
        assertThat(auditOf(venue.staffClientId(), "POST /api/v1/checkins/batch")).hasSize(1);

        // the same batch without the one too many fits: Bình is the second person of the hour
        assertThat(statuses(venue.staffToken(), tooMany.subList(0, 2))).containsExactly("STORED", "STORED");
    }

    @Test
    void aCredentialPastItsQuotaIsListedForOperators() throws Exception {
        TestVenue venue = venue("market");
        quotas.limit(venue.staffClientId(), 1);
        assertThat(staffCheckIn(venue.staffToken(), madeUpCard(), "IN").statusCode()).isEqualTo(422);
        assertThat(staffCheckIn(venue.staffToken(), madeUpCard(), "IN").statusCode()).isEqualTo(429);
        assertThat(staffCheckIn(venue.staffToken(), madeUpCard(), "IN").statusCode()).isEqualTo(429);

        HttpResponse<String> listed = TestClients.send(port, "GET", "/api/v1/admin/scan-quotas/flagged?size=100",
                TestClients.adminToken(port), null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<JsonNode> ours = TestClients.json(listed.body()).path("items").valueStream()
                .filter(item -> item.path("clientId").asString().equals(venue.staffClientId())).toList();
        assertThat(ours).singleElement().satisfies(flag -> {
            assertThat(flag.path("venueCode").asString()).isEqualTo(venue.code());
            assertThat(flag.path("peoplePerHour").asInt()).isEqualTo(1);
            assertThat(flag.path("scopes").valueStream().map(JsonNode::asString)).containsExactly(Scopes.CHECKIN_VENUE);
            assertThat(flag.path("windowStart").asString()).endsWith(":00:00Z");
        });
        assertThat(TestClients.send(port, "GET", "/api/v1/admin/scan-quotas/flagged", venue.staffToken(), null)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void anOfficialsScansCountTooAndReScansOfCountedPeopleAreAnswered() throws Exception {
        TestClients.CertifiedApp police = TestClients.certifiedApp(port, Scopes.SCAN_POLICE);
        quotas.limit(police.clientId(), 2);
        String token = police.token(port, Scopes.SCAN_POLICE);
        Visitor visitor = visitor("Tạ Văn Lực");
        String card = madeUpCard();
        assertThat(scan(token, visitor.fullQr()).statusCode()).isEqualTo(200);
        assertThat(scan(token, card).statusCode()).isEqualTo(200);
        assertThat(scan(token, madeUpCard()).statusCode()).isEqualTo(429);
        for (String text : List.of(visitor.maskedQr(), card, "not a QR: nobody to count")) {
            assertThat(scan(token, text).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void venuesScannersHaveTheLowQuotaAndOfficialsTheHighOne() throws Exception {
        TestVenue venue = venue("other");
        TestClients.CertifiedApp health = TestClients.certifiedApp(port, Scopes.SCAN_VENUE, Scopes.SCAN_HEALTH);
        String staff = venue.staffClientId();
        assertThat(quotas.quotaOf(new vn.qrqg.clients.CallingClient(java.util.UUID.randomUUID(), staff,
                java.util.Set.of(Scopes.CHECKIN_VENUE)))).isEqualTo(1_000);
        assertThat(quotas.quotaOf(new vn.qrqg.clients.CallingClient(java.util.UUID.randomUUID(), health.clientId(),
                java.util.Set.of(Scopes.SCAN_VENUE)))).isEqualTo(1_000);
        assertThat(quotas.quotaOf(new vn.qrqg.clients.CallingClient(java.util.UUID.randomUUID(), health.clientId(),
                java.util.Set.of(Scopes.SCAN_VENUE, Scopes.SCAN_HEALTH)))).isEqualTo(20_000);
    }

    private HttpResponse<String> scan(String token, String text) throws Exception {
        return TestClients.send(port, "POST", "/api/v1/scans", token, json(Map.of("text", text)));
    }

    /** A card of a number nobody holds, well-formed. */
    private static String madeUpCard() {
        return TestPeople.cccdNumber(1960, Gender.FEMALE) + "||A|01011960|Nữ|X|01012021";
    }
}
