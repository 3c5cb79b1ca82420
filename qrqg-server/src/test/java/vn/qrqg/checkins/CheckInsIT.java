package vn.qrqg.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.venues.TestVenues;

/** {@code POST /api/v1/checkins} both ways: the visitor's app, and a venue's staff scanning the visitor. */
class CheckInsIT extends CheckInsTestSupport {

    @Test
    void theVisitorsAppChecksInThenOutAndTheExitClosesTheVisit() throws Exception {
        TestVenue venue = venue("shop");
        Visitor visitor = visitor("Phạm Thị Hoa");

        HttpResponse<String> in = selfCheckIn(appToken(), visitor.holderToken(), venue.code(), "IN");
        assertThat(in.statusCode()).as(in.body()).isEqualTo(201);
        JsonNode entry = TestClients.json(in.body());
        assertThat(entry.path("venue").path("venueCode").asString()).isEqualTo(venue.code());
        assertThat(entry.path("venue").path("type").asString()).isEqualTo("shop");
        assertThat(entry.path("direction").asString()).isEqualTo("IN");
        assertThat(entry.path("visit").path("end").asString()).isEqualTo("OPEN");
        OffsetDateTime enteredAt = OffsetDateTime.parse(entry.path("occurredAt").asString());
        assertThat(OffsetDateTime.parse(entry.path("visit").path("closesAt").asString()))
                .isEqualTo(enteredAt.plusMinutes(30)); // a shop's visit
        assertThat(entry.has("scan")).isFalse();

        HttpResponse<String> out = selfCheckIn(appToken(), visitor.holderToken(), venue.code().toLowerCase(), "out");
        assertThat(out.statusCode()).as(out.body()).isEqualTo(201);
        JsonNode exit = TestClients.json(out.body()).path("visit");
        assertThat(exit.path("end").asString()).isEqualTo("EXIT");
        assertThat(OffsetDateTime.parse(exit.path("enteredAt").asString())).isEqualTo(enteredAt);
        assertThat(exit.path("exitedAt").asString()).isEqualTo(TestClients.json(out.body()).path("occurredAt").asString());
    }

    @Test
    void staffScanningAPersonalQrChecksTheVisitorInAndSeesTheVenueViewOnly() throws Exception {
        TestVenue venue = venue("restaurant");
        Visitor visitor = visitor("Nguyễn Thị Thuỷ Tiên");

        HttpResponse<String> answer = staffCheckIn(venue.staffToken(), visitor.maskedQr(), "IN");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode scan = TestClients.json(answer.body()).path("scan");
        assertThat(scan.path("outcome").asString()).isEqualTo("VALID");
        assertThat(scan.path("format").asString()).isEqualTo("PERSONAL");
        Set<String> fields = new LinkedHashSet<>();
        scan.path("person").propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("shortName", "birthYear", "covidCard");
        assertThat(scan.path("person").path("shortName").asString()).isEqualTo("Nguyễn T. T. T.");
        assertThat(answer.body()).doesNotContain(visitor.qid()).doesNotContain(visitor.person().documentNumber());

        // the scan answered personal data: audited under the scanner's scope, as a scan is
        JsonNode audit = TestClients.json(TestClients.send(port, "GET", "/api/v1/admin/audit?qid=" + visitor.qid(),
                TestClients.adminToken(port), null).body());
        assertThat(audit.path("items").findValuesAsString("purpose")).contains("POST /api/v1/checkins");
        assertThat(audit.path("items").findValuesAsString("scope")).contains(Scopes.CHECKIN_VENUE);
    }

    @Test
    void staffScanningACccdCardOrASupersededQrChecksTheVisitorIn() throws Exception {
        TestVenue venue = venue("market");
        Visitor visitor = visitor("Lê Văn Tám");
        HttpResponse<String> card = staffCheckIn(venue.staffToken(), cardOf(visitor.person()), "IN");
        assertThat(card.statusCode()).as(card.body()).isEqualTo(201);
        assertThat(TestClients.json(card.body()).path("scan").path("format").asString()).isEqualTo("CCCD_CARD");

        assertThat(postAsHolder(ISSUE, visitorsApp().token(port, Scopes.QR_ISSUE), visitor.holderToken(),
                visitor.person().body("\"phone\":\"0912000009\"")).statusCode()).isEqualTo(200);
        HttpResponse<String> old = staffCheckIn(venue.staffToken(), visitor.fullQr(), "OUT");
        assertThat(old.statusCode()).as(old.body()).isEqualTo(201);
        assertThat(TestClients.json(old.body()).path("scan").path("outcome").asString()).isEqualTo("SUPERSEDED");
        // the card's entry and the old QR's exit are the same person: one visit
        assertThat(TestClients.json(old.body()).path("visit").path("end").asString()).isEqualTo("EXIT");
        assertThat(TestClients.json(old.body()).path("visit").has("enteredAt")).isTrue();
    }

    @Test
    void staffScanningATypedCardWithAnotherNameOrBirthDateIsRefusedNotFoundAndShowsNobody() throws Exception {
        TestVenue venue = venue("shop");
        Visitor visitor = visitor("Hồ Thị Xuân");
        String year = visitor.person().dateOfBirth().substring(0, 4);
        for (String typed : List.of(typedCard(visitor.person(), "A", "0101" + year),
                typedCard(visitor.person(), "Hồ Thị Hương", "0403" + year),
                typedCard(visitor.person(), "Hồ Thị Xuân", "0404" + year))) {
            HttpResponse<String> refused = staffCheckIn(venue.staffToken(), typed, "IN");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(TestClients.json(refused.body()).path("outcome").asString()).isEqualTo("NOT_FOUND");
            assertThat(refused.body()).doesNotContain("shortName", "covidCard", "Hồ", "HO T");
        }
        assertThat(historyOf(venue.ownerToken(), venue.code(), "").path("total").asLong()).isZero();
        HttpResponse<String> honest = staffCheckIn(venue.staffToken(), typedCard(visitor.person(), "HO THI XUAN",
                visitor.person().dateOfBirth().substring(8, 10) + visitor.person().dateOfBirth().substring(5, 7) + year),
                "IN");
        assertThat(honest.statusCode()).as(honest.body()).isEqualTo(201);
        assertThat(TestClients.json(honest.body()).path("scan").path("person").path("shortName").asString())
                .isEqualTo("Hồ T. X.");
    }

    @Test
    void aQrThatIdentifiesNobodyIsRefusedAndNothingIsRecorded() throws Exception {
        TestVenue venue = venue("office");
        Visitor visitor = visitor("Trần Văn Bảy");
        String qr = visitor.fullQr();
        String tampered = qr.substring(0, 20) + (qr.charAt(20) == '1' ? '2' : '1') + qr.substring(21);

        HttpResponse<String> refused = staffCheckIn(venue.staffToken(), tampered, "IN");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problem = TestClients.json(refused.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/qr-not-accepted");
        assertThat(problem.path("outcome").asString()).isNotIn("VALID", "SUPERSEDED");

        HttpResponse<String> malformed = staffCheckIn(venue.staffToken(), "001|TEXT|OF|NOTHING", "IN");
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(422);
        HttpResponse<String> venueQr = staffCheckIn(venue.staffToken(), "http://localhost:8080/v/" + venue.code(), "IN");
        assertThat(venueQr.statusCode()).as(venueQr.body()).isEqualTo(422);
        assertThat(TestClients.json(venueQr.body()).path("outcome").asString()).isEqualTo("VENUE");
        assertThat(TestClients.json(venueQr.body()).path("venue").path("venueCode").asString()).isEqualTo(venue.code());

        JsonNode today = historyOf(venue.ownerToken(), venue.code(), "");
        assertThat(today.path("total").asLong()).isZero();
    }

    @Test
    void anUnknownOrSuspendedVenueTakesNoCheckIn() throws Exception {
        Visitor visitor = visitor("Hoàng Văn Chín");
        HttpResponse<String> unknown = selfCheckIn(appToken(), visitor.holderToken(), "00000000" + "0", "IN");
        assertThat(unknown.statusCode()).as(unknown.body()).isIn(400, 404);
        String neverRegistered = vn.qrqg.codec.venue.VenueCode.generate().value();
        HttpResponse<String> notFound = selfCheckIn(appToken(), visitor.holderToken(), neverRegistered, "IN");
        assertThat(notFound.statusCode()).as(notFound.body()).isEqualTo(404);
        assertThat(TestClients.json(notFound.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/venue-not-found");
        HttpResponse<String> mistyped = selfCheckIn(appToken(), visitor.holderToken(), "ABCDEFGHJ", "IN");
        assertThat(mistyped.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(mistyped.body()).path("errors").get(0).path("field").asString()).isEqualTo("venueCode");

        TestVenue venue = venue("school");
        TestVenues.setStatus(port, venue.code(), "SUSPENDED");
        HttpResponse<String> self = selfCheckIn(appToken(), visitor.holderToken(), venue.code(), "IN");
        assertThat(self.statusCode()).as(self.body()).isEqualTo(409);
        assertThat(TestClients.json(self.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/venue-suspended");
        assertThat(staffCheckIn(venue.staffToken(), visitor.fullQr(), "IN").statusCode()).isEqualTo(409);
        assertThat(historyOf(venue.ownerToken(), venue.code(), "").path("total").asLong()).isZero();

        TestVenues.setStatus(port, venue.code(), "ACTIVE");
        assertThat(staffCheckIn(venue.staffToken(), visitor.fullQr(), "IN").statusCode()).isEqualTo(201);
    }

    @Test
    void aStaffScannerNamingAnotherVenueIsRefused() throws Exception {
        TestVenue venue = venue("hospital");
        TestVenue other = venue("hospital");
        Visitor visitor = visitor("Vũ Thị Mười");
        HttpResponse<String> refused = TestClients.send(port, "POST", CHECKINS, venue.staffToken(),
                json(java.util.Map.of("text", visitor.fullQr(), "direction", "IN", "venueCode", other.code())));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(TestClients.json(refused.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/not-this-venue");
        assertThat(historyOf(other.ownerToken(), other.code(), "").path("total").asLong()).isZero();
        assertThat(historyOf(venue.ownerToken(), venue.code(), "").path("total").asLong()).isZero();
    }

    @Test
    void whoMayCheckInWhichWay() throws Exception {
        TestVenue venue = venue("transport");
        Visitor visitor = visitor("Đặng Văn Một");
        HttpResponse<String> noHolder = selfCheckIn(appToken(), null, venue.code(), "IN");
        assertThat(noHolder.statusCode()).isEqualTo(403);
        assertThat(TestClients.json(noHolder.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/holder-token-required");
        // the staff scanner cannot report a visitor's own check-in, nor the visitor's app scan people
        assertThat(selfCheckIn(venue.staffToken(), visitor.holderToken(), venue.code(), "IN").statusCode()).isEqualTo(403);
        assertThat(staffCheckIn(appToken(), visitor.fullQr(), "IN").statusCode()).isEqualTo(403);
        String scanner = TestClients.certifiedApp(port, Scopes.SCAN_VENUE).token(port, Scopes.SCAN_VENUE);
        assertThat(staffCheckIn(scanner, visitor.fullQr(), "IN").statusCode()).isEqualTo(403);

        HttpResponse<String> noDirection = TestClients.send(port, "POST", CHECKINS, venue.staffToken(),
                json(java.util.Map.of("text", visitor.fullQr())));
        assertThat(noDirection.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(noDirection.body()).path("errors").get(0).path("field").asString())
                .isEqualTo("direction");
        assertThat(historyOf(venue.ownerToken(), venue.code(), "").path("total").asLong()).isZero();
    }

    @Test
    void theVenueQrsUrlOpensAPageNamingTheVenue() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Chợ Đồng Xuân <b>", "market");
        HttpResponse<String> page = get("/v/" + venue.venueCode());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Chợ Đồng Xuân &lt;b&gt;").contains("check in");
        assertThat(get("/v/" + vn.qrqg.codec.venue.VenueCode.generate().value()).statusCode()).isEqualTo(404);
    }
}
