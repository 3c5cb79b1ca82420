package vn.qrqg.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.TestPeople;

/**
 * Tracers over HTTP, as a province's health department meets them: a case's counts, its contacts
 * with what it takes to call them (and nothing of the case), a CSV for the phone bank, the day's
 * cases by province; a tracer limited to a province sees its people only; every contact read audited.
 */
class TracersIT extends TracingTestSupport {
    private static final String PURPOSE = "GET /api/v1/tracing/cases/{caseId}/contacts";
    private static final String HA_NOI = "00004"; // Phường Ba Đình, province 01
    private static final String SAI_GON = "26743"; // province 79

    private Visitor patient;
    private Visitor hanoian;
    private Visitor saigonese;
    private Visitor second;
    private String caseId;
    private String health;

    /** A case in Hà Nội who sat in a café with a Hà Nội and a Sài Gòn resident; the first met someone later. */
    @BeforeEach
    void aCaseWithContactsInTwoProvinces() throws Exception {
        TestVenue cafe = venue("restaurant");
        TestVenue shop = venue("shop");
        patient = visitorIn("Bệnh Thị Ca", HA_NOI);
        hanoian = visitorIn("Hà Thị Nội", HA_NOI);
        saigonese = visitorIn("Sài Thị Gòn", SAI_GON);
        second = visitorIn("Sau Thị Gặp", SAI_GON);
        List<Map<String, Object>> atCafe = new ArrayList<>();
        visit(atCafe, patient, yesterdayAt(9, 0), yesterdayAt(10, 0));
        visit(atCafe, hanoian, yesterdayAt(9, 30), yesterdayAt(10, 30));
        visit(atCafe, saigonese, yesterdayAt(10, 20), yesterdayAt(10, 40));
        assertThat(statuses(cafe.staffToken(), atCafe)).containsOnly("STORED");
        List<Map<String, Object>> atShop = new ArrayList<>();
        visit(atShop, hanoian, yesterdayAt(15, 0), yesterdayAt(15, 30));
        visit(atShop, second, yesterdayAt(15, 10), yesterdayAt(15, 20));
        assertThat(statuses(shop.staffToken(), atShop)).containsOnly("STORED");
        health = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        caseId = reported(health, item("tracers-" + System.nanoTime(), patient, yesterdayAt(18, 0).toInstant()))
                .path("items").get(0).path("caseId").asString();
        assertThat(awaitAlerts(hanoian)).isNotEmpty();
        assertThat(awaitAlerts(second)).isNotEmpty();
    }

    @Test
    void aTracerCallsTheContactsFromTheListAndEveryReadIsAudited() throws Exception {
        TestClients.CertifiedApp tracers = TestClients.certifiedApp(port, Scopes.TRACING_READ);
        String token = tracers.token(port, Scopes.TRACING_READ);

        JsonNode summary = get(token, CASES + "/" + caseId);
        assertThat(summary.path("provinceCode").asString()).isEqualTo("01");
        assertThat(summary.path("contacts").path("F1").path("VENUE").asLong()).isEqualTo(2);
        assertThat(summary.path("contacts").path("F2").path("VENUE").asLong()).isEqualTo(1);
        assertThat(summary.path("contacts").path("F1").path("TRAVEL").asLong()).isZero();
        assertThat(summary.path("withdrawn").asBoolean()).isFalse();

        JsonNode page = get(token, CASES + "/" + caseId + "/contacts?level=F1");
        assertThat(page.path("total").asLong()).isEqualTo(2);
        JsonNode first = page.path("items").get(0); // by the start of their exposure: the Hà Nội resident's, 9:30
        assertThat(first.path("qid").asString()).isEqualTo(hanoian.qid());
        assertThat(first.path("level").asString()).isEqualTo("F1");
        assertThat(first.path("reason").asString()).isEqualTo("VENUE");
        assertThat(first.path("venue").path("name").asString()).startsWith("Quán Thử");
        assertThat(first.path("phone").asString()).isEqualTo(TestPeople.phoneOf(hanoian.person().documentNumber()));
        assertThat(first.path("shortName").asString()).isEqualTo("Hà T. N.");
        assertThat(first.path("birthYear").asInt()).isEqualTo(Integer.parseInt(hanoian.person().dateOfBirth().substring(0, 4)));
        assertThat(first.path("communeCode").asString()).isEqualTo(HA_NOI);
        assertThat(OffsetDateTime.parse(first.path("from").asString())).isEqualTo(yesterdayAt(9, 30));
        assertThat(OffsetDateTime.parse(first.path("to").asString())).isEqualTo(yesterdayAt(10, 30));
        assertThat(page.path("items").get(1).path("qid").asString()).isEqualTo(saigonese.qid());
        // the list is of contacts: the case's own name, number and QID appear nowhere
        assertThat(page.toString()).doesNotContain(patient.qid(), patient.person().documentNumber(), "Bệnh");

        assertThat(auditOf(tracers.clientId(), PURPOSE)).extracting(row -> row.get("qid"), row -> row.get("fields"),
                row -> row.get("outcome"), row -> row.get("scope")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(hanoian.qid(), "qid,phone,shortName,birthYear,communeCode", "F1",
                        Scopes.TRACING_READ),
                org.assertj.core.groups.Tuple.tuple(saigonese.qid(), "qid,phone,shortName,birthYear,communeCode", "F1",
                        Scopes.TRACING_READ));

        HttpResponse<String> csv = TestClients.send(port, "GET", CASES + "/" + caseId + "/contacts.csv", token, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("level,reason,qid,shortName,birthYear,phone,communeCode,venueCode,venueName,"
                + "vehicleNumber,from,to");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("F2,VENUE," + second.qid() + ",Sau T. G.,")
                .contains(TestPeople.phoneOf(second.person().documentNumber()));
        assertThat(auditOf(tracers.clientId(), PURPOSE)).hasSize(5);

        String day = summary.path("confirmedAt").asString().substring(0, 10);
        JsonNode cases = get(token, CASES + "?date=" + day);
        JsonNode hanoi = cases.path("provinces").valueStream()
                .filter(province -> province.path("provinceCode").asString().equals("01")).findFirst().orElseThrow();
        assertThat(hanoi.path("provinceName").asString()).isEqualTo("Thành phố Hà Nội");
        JsonNode listed = hanoi.path("items").valueStream()
                .filter(item -> item.path("caseId").asString().equals(caseId)).findFirst().orElseThrow();
        assertThat(listed.path("f1").asLong()).isEqualTo(2);
        assertThat(listed.path("f2").asLong()).isEqualTo(1);
    }

    @Test
    void aProvincesTracersSeeItsPeopleOnlyAndOtherProvincesCasesNotAtAll() throws Exception {
        TestClients.CertifiedApp saigon = TestClients.certifiedApp(port, Scopes.TRACING_READ);
        limit(saigon, "[\"79\"]");
        String token = saigon.token(port, Scopes.TRACING_READ);
        // the case lives in Hà Nội, but two of its contacts in Sài Gòn: those, and only those
        JsonNode page = get(token, CASES + "/" + caseId + "/contacts");
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items").valueStream().map(item -> item.path("qid").asString()))
                .containsExactly(saigonese.qid(), second.qid());
        JsonNode summary = get(token, CASES + "/" + caseId);
        assertThat(summary.path("contacts").path("F1").path("VENUE").asLong()).isEqualTo(1);
        assertThat(summary.path("contacts").path("F2").path("VENUE").asLong()).isEqualTo(1);
        assertThat(auditOf(saigon.clientId(), PURPOSE)).extracting(row -> row.get("qid"))
                .containsExactlyInAnyOrder(saigonese.qid(), second.qid());

        TestClients.CertifiedApp daNang = TestClients.certifiedApp(port, Scopes.TRACING_READ);
        limit(daNang, "[\"48\"]");
        String elsewhere = daNang.token(port, Scopes.TRACING_READ);
        for (String path : List.of(CASES + "/" + caseId, CASES + "/" + caseId + "/contacts",
                CASES + "/" + caseId + "/contacts.csv")) {
            HttpResponse<String> answer = TestClients.send(port, "GET", path, elsewhere, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(TestClients.json(answer.body()).path("type").asString())
                    .isEqualTo("https://qrqg.vn/problems/case-not-found");
        }
        String day = summary.path("confirmedAt").asString().substring(0, 10);
        assertThat(get(elsewhere, CASES + "?date=" + day).toString()).doesNotContain(caseId);
        assertThat(auditOf(daNang.clientId(), PURPOSE)).isEmpty();

        limit(daNang, "[]"); // the whole country, from the next call on
        assertThat(get(elsewhere, CASES + "/" + caseId + "/contacts").path("total").asLong()).isEqualTo(3);
    }

    @Test
    void onlyTracersReadAWithdrawnCaseHasNoOneToCallAndBadQueriesAreNamed() throws Exception {
        TestClients.CertifiedApp other = TestClients.certifiedApp(port, Scopes.TRACING_WRITE, Scopes.SCAN_HEALTH);
        HttpResponse<String> refused = TestClients.send(port, "GET", CASES + "/" + caseId + "/contacts",
                other.token(port, Scopes.TRACING_WRITE + " " + Scopes.SCAN_HEALTH), null);
        assertThat(refused.statusCode()).isEqualTo(403);

        String token = TestClients.certifiedApp(port, Scopes.TRACING_READ).token(port, Scopes.TRACING_READ);
        for (Map.Entry<String, String> bad : Map.of("?level=F3", "level", "?page=-1", "page", "?size=501", "size",
                "?format=xml", "format").entrySet()) {
            HttpResponse<String> answer = TestClients.send(port, "GET", CASES + "/" + caseId + "/contacts" + bad.getKey(),
                    token, null);
            assertThat(answer.statusCode()).as(bad.getKey()).isEqualTo(400);
            assertThat(TestClients.json(answer.body()).path("errors").get(0).path("field").asString())
                    .isEqualTo(bad.getValue());
        }
        HttpResponse<String> badDate = TestClients.send(port, "GET", CASES + "?date=2026-02-30", token, null);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("date");
        assertThat(TestClients.send(port, "GET", CASES + "/not-a-case/contacts", token, null).statusCode()).isEqualTo(404);
        assertThat(TestClients.send(port, "GET", CASES + "/" + java.util.UUID.randomUUID(), token, null).statusCode())
                .isEqualTo(404);

        assertThat(TestClients.send(port, "DELETE", CASES + "/" + caseId, health, null).statusCode()).isEqualTo(204);
        JsonNode page = get(token, CASES + "/" + caseId + "/contacts");
        assertThat(page.path("withdrawn").asBoolean()).isTrue();
        assertThat(page.path("total").asLong()).isZero();
        assertThat(get(token, CASES + "/" + caseId).path("withdrawn").asBoolean()).isTrue();
    }

    private JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "GET", path, token, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return TestClients.json(answer.body());
    }

    private void limit(TestClients.CertifiedApp app, String provinces) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "PUT", "/api/v1/admin/apps/" + app.appId() + "/provinces",
                TestClients.adminToken(port), "{\"provinces\":" + provinces + "}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
