package vn.qrqg.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.holders.HolderTokens;

/**
 * Exposure tracing over HTTP, as a health department and citizens meet it: a case reported, its
 * visits matched against everyone else's at the same venues with the exact margins, F2 through
 * an F1's later visit, alerts read with the holder token that reveal nothing of the case, a
 * replayed report, a withdrawn case.
 */
class TracingIT extends TracingTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aCaseAlertsWhoWasWithinTheHourAndTheirLaterContactsAndNobodyElse() throws Exception {
        TestVenue restaurant = venue("restaurant");
        TestVenue shop = venue("shop");
        Visitor patient = visitor("Bệnh Văn Nhân");
        Visitor before59 = visitor("Trước Năm Chín");
        Visitor before61 = visitor("Trước Sáu Mốt");
        Visitor noExit = visitor("Không Ra Về");
        Visitor later = visitor("Sau Gặp Lại");
        Visitor stranger = visitor("Người Lạ Mặt");
        List<Map<String, Object>> atRestaurant = new ArrayList<>();
        visit(atRestaurant, patient, yesterdayAt(12, 0), yesterdayAt(13, 0));
        visit(atRestaurant, before59, yesterdayAt(10, 30), yesterdayAt(11, 1)); // leaves 59 minutes before the entry
        visit(atRestaurant, before61, yesterdayAt(10, 0), yesterdayAt(10, 59)); // 61 minutes before
        visit(atRestaurant, noExit, yesterdayAt(13, 30), null); // no exit: a restaurant's visit lasts 2 h
        assertThat(statuses(restaurant.staffToken(), atRestaurant)).containsOnly("STORED");
        List<Map<String, Object>> atShop = new ArrayList<>();
        visit(atShop, before59, yesterdayAt(16, 0), yesterdayAt(17, 0)); // the F1's later visit
        visit(atShop, later, yesterdayAt(16, 40), yesterdayAt(16, 50));
        visit(atShop, stranger, yesterdayAt(18, 10), yesterdayAt(18, 20)); // after the F1 and its margin
        assertThat(statuses(shop.staffToken(), atShop)).containsOnly("STORED");

        String health = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        JsonNode report = reported(health, item("case-1", patient, yesterdayAt(20, 0).toInstant()));
        assertThat(report.path("created").asInt()).isEqualTo(1);
        String caseId = report.path("items").get(0).path("caseId").asString();

        JsonNode f1 = awaitAlerts(before59);
        assertThat(f1).hasSize(1);
        JsonNode alert = f1.get(0);
        assertThat(alert.path("level").asString()).isEqualTo("F1");
        assertThat(alert.path("reason").asString()).isEqualTo("VENUE");
        assertThat(alert.path("venue").path("code").asString()).isEqualTo(restaurant.code());
        assertThat(alert.path("venue").path("name").asString()).startsWith("Quán Thử");
        // the overlap, 11:00 to 11:01, rounded outward to 15 minutes
        assertThat(OffsetDateTime.parse(alert.path("from").asString())).isEqualTo(yesterdayAt(11, 0));
        assertThat(OffsetDateTime.parse(alert.path("to").asString())).isEqualTo(yesterdayAt(11, 15));
        assertThat(alert.path("advice").path("vi").asString()).contains("F1");
        assertThat(alert.path("advice").path("en").asString()).contains("health station");
        assertThat(alert.path("withdrawn").asBoolean()).isFalse();
        // nothing of the case: not its QID, name, document number or id, nor when it came or went
        assertThat(alert.toString()).doesNotContain(patient.qid(), patient.person().documentNumber(), "Nhân", caseId,
                "12:00", "13:00");
        assertThat(Set.copyOf(alert.propertyNames())).containsExactlyInAnyOrder("alertId", "level", "reason", "venue",
                "vehicleNumber", "from", "to", "advice", "issuedAt", "withdrawn");

        JsonNode open = awaitAlerts(noExit);
        assertThat(open).hasSize(1);
        assertThat(OffsetDateTime.parse(open.get(0).path("from").asString())).isEqualTo(yesterdayAt(13, 30));
        assertThat(OffsetDateTime.parse(open.get(0).path("to").asString())).isEqualTo(yesterdayAt(14, 0));

        JsonNode f2 = awaitAlerts(later);
        assertThat(f2).hasSize(1);
        assertThat(f2.get(0).path("level").asString()).isEqualTo("F2");
        assertThat(f2.get(0).path("venue").path("code").asString()).isEqualTo(shop.code());
        assertThat(f2.get(0).path("advice").path("en").asString()).contains("F2");

        assertThat(alertsOf(before61)).isEmpty();
        assertThat(alertsOf(stranger)).isEmpty();
        assertThat(alertsOf(patient)).isEmpty();
    }

    @Test
    void whoSharedTheCasesBusThatDayIsF1AndNoOneOnItAnotherDay() throws Exception {
        Visitor patient = visitor("Hành Khách Bệnh");
        Visitor coRider = visitor("Cùng Chuyến Xe");
        Visitor noArrival = visitor("Không Giờ Đến");
        Visitor earlier = visitor("Chuyến Sáng Sớm");
        Visitor otherDay = visitor("Hôm Khác Đi");
        String bus = "29B-" + (100 + RANDOM.nextInt(900)) + "." + (10 + RANDOM.nextInt(90));
        String sameBus = bus.replace("-", " ").replace(".", "").toLowerCase();
        declareTravel(patient, bus, yesterdayAt(7, 0), yesterdayAt(8, 0));
        declareTravel(coRider, sameBus, yesterdayAt(7, 30), yesterdayAt(9, 0));
        declareTravel(noArrival, bus, yesterdayAt(7, 10), null); // counts over its departure's whole day
        declareTravel(earlier, bus, yesterdayAt(5, 0), yesterdayAt(6, 59));
        declareTravel(otherDay, bus, yesterdayAt(7, 0).minusDays(1), yesterdayAt(8, 0).minusDays(1));

        String health = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        reported(health, item("bus-" + System.nanoTime(), patient, yesterdayAt(20, 0).toInstant()));

        JsonNode alert = awaitAlerts(coRider);
        assertThat(alert).hasSize(1);
        assertThat(alert.get(0).path("level").asString()).isEqualTo("F1");
        assertThat(alert.get(0).path("reason").asString()).isEqualTo("TRAVEL");
        assertThat(alert.get(0).path("vehicleNumber").asString()).isEqualTo(sameBus); // as they declared it
        assertThat(alert.get(0).path("venue").isNull()).isTrue();
        assertThat(OffsetDateTime.parse(alert.get(0).path("from").asString())).isEqualTo(yesterdayAt(7, 30));
        assertThat(OffsetDateTime.parse(alert.get(0).path("to").asString())).isEqualTo(yesterdayAt(8, 0));
        JsonNode whole = awaitAlerts(noArrival);
        assertThat(whole).hasSize(1);
        assertThat(OffsetDateTime.parse(whole.get(0).path("from").asString())).isEqualTo(yesterdayAt(7, 0));
        assertThat(alertsOf(earlier)).isEmpty();
        assertThat(alertsOf(otherDay)).isEmpty();

        // someone who declares that ride only now, after the case was traced, is told as they declare
        Visitor lateDeclarer = visitor("Khai Báo Muộn");
        declareTravel(lateDeclarer, bus, yesterdayAt(7, 45), yesterdayAt(8, 30));
        JsonNode late = awaitAlerts(lateDeclarer);
        assertThat(late).hasSize(1);
        assertThat(late.get(0).path("reason").asString()).isEqualTo("TRAVEL");
        assertThat(OffsetDateTime.parse(late.get(0).path("from").asString())).isEqualTo(yesterdayAt(7, 45));
    }

    @Test
    void aPositivePcrTestPushedByAHealthSystemIsACaseByItselfOnce() throws Exception {
        TestVenue clinic = venue("hospital");
        Visitor positive = visitor("Xét Nghiệm Dương");
        Visitor negative = visitor("Xét Nghiệm Âm");
        Visitor antigen = visitor("Test Nhanh Dương");
        Visitor waiting = visitor("Ngồi Chờ Khám");
        List<Map<String, Object>> events = new ArrayList<>();
        for (Visitor who : List.of(positive, negative, antigen)) {
            visit(events, who, yesterdayAt(9, 0), yesterdayAt(9, 20));
        }
        visit(events, waiting, yesterdayAt(9, 30), yesterdayAt(10, 0));
        assertThat(statuses(clinic.staffToken(), events)).containsOnly("STORED");

        TestClients.CertifiedApp lab = TestClients.certifiedApp(port, Scopes.HEALTH_WRITE);
        String labToken = lab.token(port, Scopes.HEALTH_WRITE);
        String test = "{\"sourceId\":\"LAB-" + System.nanoTime() + "\",\"documentNumber\":\"%s\",\"type\":\"%s\","
                + "\"sampledAt\":\"" + yesterdayAt(18, 0).toInstant() + "\",\"result\":\"%s\"}";
        String positivePcr = test.formatted(positive.person().documentNumber(), "PCR", "POSITIVE");
        assertThat(TestClients.send(port, "POST", "/api/v1/health/tests", labToken, positivePcr).statusCode())
                .isEqualTo(201);
        assertThat(TestClients.send(port, "POST", "/api/v1/health/tests", labToken, positivePcr).statusCode())
                .as("a replay").isEqualTo(200);
        assertThat(TestClients.send(port, "POST", "/api/v1/health/tests", labToken,
                test.replace("LAB-", "LAB-N").formatted(negative.person().documentNumber(), "PCR", "NEGATIVE"))
                .statusCode()).isEqualTo(201);
        assertThat(TestClients.send(port, "POST", "/api/v1/health/tests", labToken,
                test.replace("LAB-", "LAB-A").formatted(antigen.person().documentNumber(), "RAPID_ANTIGEN", "POSITIVE"))
                .statusCode()).isEqualTo(201);

        JsonNode alerts = awaitAlerts(waiting);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).path("level").asString()).isEqualTo("F1");
        assertThat(jdbc.sql("select count(*) from tracing_case where source_id like 'qrqg:health-test:%' and reported_by = :app")
                .param("app", java.util.UUID.fromString(lab.appId())).query(Long.class).single()).isEqualTo(1);
        assertThat(alertsOf(negative)).as("the negative test made no case: its person is F1 like the others")
                .hasSize(1);
    }

    @Test
    void checkInsOfNowCountTooAndAReplayedReportIsOneCase() throws Exception {
        TestVenue cafe = venue("restaurant");
        Visitor patient = visitor("Ca Bệnh Cà Phê");
        Visitor neighbour = visitor("Bàn Bên Cạnh");
        assertThat(selfCheckIn(appToken(), patient.holderToken(), cafe.code(), "IN").statusCode()).isEqualTo(201);
        assertThat(staffCheckIn(cafe.staffToken(), neighbour.fullQr(), "IN").statusCode()).isEqualTo(201);

        String health = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        Map<String, Object> item = item("cafe-" + System.nanoTime(), patient, Instant.now().minus(1, ChronoUnit.HOURS));
        JsonNode first = reported(health, item, item); // twice in one report: one case
        assertThat(first.path("items").get(0).path("status").asString()).isEqualTo("CREATED");
        assertThat(first.path("items").get(1).path("status").asString()).isEqualTo("EXISTING");
        assertThat(first.path("items").get(1).path("caseId").asString())
                .isEqualTo(first.path("items").get(0).path("caseId").asString());
        JsonNode again = reported(health, item);
        assertThat(again.path("items").get(0).path("status").asString()).isEqualTo("EXISTING");
        assertThat(again.path("items").get(0).path("caseId").asString())
                .isEqualTo(first.path("items").get(0).path("caseId").asString());
        assertThat(awaitAlerts(neighbour)).hasSize(1);

        Map<String, Object> someoneElse = item(String.valueOf(item.get("sourceId")), neighbour, Instant.now().minusSeconds(60));
        JsonNode conflict = reported(health, someoneElse).path("items").get(0);
        assertThat(conflict.path("status").asString()).isEqualTo("CONFLICT");
        assertThat(conflict.path("errors").get(0).path("field").asString()).isEqualTo("sourceId");
        assertThat(alertsOf(neighbour)).hasSize(1);
        assertThat(alertsOf(patient)).isEmpty();
    }

    @Test
    void aWithdrawnCaseMarksItsAlertsWithdrawnAndOnlyItsReporterMayWithdrawIt() throws Exception {
        TestVenue market = venue("market");
        Visitor patient = visitor("Dương Tính Giả");
        Visitor shopper = visitor("Người Đi Chợ");
        List<Map<String, Object>> events = new ArrayList<>();
        visit(events, patient, yesterdayAt(7, 0), yesterdayAt(7, 30));
        visit(events, shopper, yesterdayAt(7, 20), yesterdayAt(7, 40));
        assertThat(statuses(market.staffToken(), events)).containsOnly("STORED");
        String health = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        String caseId = reported(health, item("false-" + System.nanoTime(), patient, yesterdayAt(9, 0).toInstant()))
                .path("items").get(0).path("caseId").asString();
        assertThat(awaitAlerts(shopper).get(0).path("withdrawn").asBoolean()).isFalse();

        String otherHealth = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        HttpResponse<String> notTheirs = TestClients.send(port, "DELETE", CASES + "/" + caseId, otherHealth, null);
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(TestClients.json(notTheirs.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/case-not-found");
        assertThat(TestClients.send(port, "DELETE", CASES + "/not-a-case", health, null).statusCode()).isEqualTo(404);

        assertThat(TestClients.send(port, "DELETE", CASES + "/" + caseId, health, null).statusCode()).isEqualTo(204);
        assertThat(TestClients.send(port, "DELETE", CASES + "/" + caseId, health, null).statusCode()).isEqualTo(204);
        JsonNode withdrawn = alertsOf(shopper);
        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.get(0).path("withdrawn").asBoolean()).isTrue();
    }

    @Test
    void badItemsAreRefusedOneByOneAndOnlyHealthAuthoritiesReport() throws Exception {
        Visitor patient = visitor("Nhập Sai Dữ Liệu");
        String health = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        Map<String, Object> nobody = item("nobody-" + System.nanoTime(), patient, Instant.now());
        nobody.put("documentNumber", "001999999999");
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("sourceId", "bad-" + System.nanoTime());
        bad.put("documentNumber", "12");
        bad.put("sampledAt", "yesterday");
        bad.put("confirmedAt", OffsetDateTime.now().plusDays(1).toString());
        bad.put("colour", "red");
        Map<String, Object> platformsOwn = item("qrqg:health-test:" + java.util.UUID.randomUUID(), patient, Instant.now());
        JsonNode report = reported(health, nobody, bad, platformsOwn);
        assertThat(report.path("created").asInt()).isZero();
        assertThat(report.path("rejected").asInt()).isEqualTo(3);
        assertThat(report.path("items").get(2).path("errors").get(0).path("field").asString()).isEqualTo("sourceId");
        assertThat(report.path("items").get(0).path("status").asString()).isEqualTo("UNKNOWN_PERSON");
        JsonNode invalid = report.path("items").get(1);
        assertThat(invalid.path("status").asString()).isEqualTo("INVALID");
        List<String> fields = new ArrayList<>();
        invalid.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("colour", "documentNumber", "sampledAt", "confirmedAt");
        assertThat(invalid.toString()).doesNotContain("\"12\"", "yesterday"); // values never echoed

        HttpResponse<String> empty = TestClients.send(port, "POST", CASES, health, "{\"items\":[]}");
        assertThat(empty.statusCode()).isEqualTo(400);
        String issuer = TestClients.certifiedApp(port, Scopes.QR_ISSUE).token(port, Scopes.QR_ISSUE);
        HttpResponse<String> forbidden = TestClients.send(port, "POST", CASES, issuer,
                json(Map.of("items", List.of(item("x-" + System.nanoTime(), patient, Instant.now())))));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(alertsOf(patient)).isEmpty();
    }

    @Test
    void anAppReadsOnlyItsHoldersAlerts() throws Exception {
        Visitor mine = visitor("Người Của Tôi");
        Visitor theirs = visitor("Người Khác Nữa");
        HttpResponse<byte[]> refused = asHolder("GET", "/api/v1/citizens/" + theirs.qid() + "/alerts",
                visitorsApp().token(port, Scopes.QR_ISSUE), mine.holderToken());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-the-holder");
        HttpResponse<byte[]> own = asHolder("GET", "/api/v1/citizens/" + mine.qid() + "/alerts",
                visitorsApp().token(port, Scopes.QR_ISSUE), mine.holderToken());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(jdbc.sql("select count(*) from audit_record where qid = :q and purpose = :p")
                .param("q", mine.qid()).param("p", "GET /api/v1/citizens/{qid}/alerts").query(Long.class).single())
                .isEqualTo(1);
    }

    private void declareTravel(Visitor who, String vehicle, OffsetDateTime departure, OffsetDateTime arrival)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fromProvinceCode", "01");
        body.put("fromCommuneCode", "00004");
        body.put("toProvinceCode", "79");
        body.put("toCommuneCode", "26743");
        body.put("transport", "BUS");
        body.put("vehicleNumber", vehicle);
        body.put("departureAt", departure.toString());
        if (arrival != null) {
            body.put("arrivalAt", arrival.toString());
        }
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/declarations/travel")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + visitorsApp().token(port, Scopes.QR_ISSUE))
                .header("Content-Type", "application/json").header(HolderTokens.HEADER, who.holderToken())
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }
}
