package vn.qrqg.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.CardChanged;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.platform.PublishedEvents;

/**
 * The COVID card's exposure fact over HTTP (issue 17): a province whose rules make an F1 red for 7
 * days, a fully vaccinated person there made F1 by a reported case, red on their own card and at a
 * scan until the end of the seventh day and green again once the case is withdrawn; the same
 * exposure under the national default changes nothing. Quảng Ninh (22) is this test's province;
 * Lạng Sơn (20) follows the national default.
 */
class ExposureCardIT extends TracingTestSupport {
    private static final String QUANG_NINH = "22";
    private static final String HA_TU_QUANG_NINH = "06652";
    private static final String DONG_KINH_LANG_SON = "05977";
    private static final String F1_RED_FOR_7_DAYS = """
            {"rules": [
              {"colour": "RED", "label": "F1 contact", "conditions": [{"type": "EXPOSED", "level": "F1", "withinDays": 7}]},
              {"colour": "GREEN", "label": "fully vaccinated", "conditions": [{"type": "VACCINATED", "doses": 2, "days": 14}]},
              {"colour": "GREEN", "label": "recovered", "conditions": [{"type": "RECOVERED", "withinDays": 180}]},
              {"colour": "YELLOW", "label": "first dose", "conditions": [{"type": "VACCINATED", "doses": 1, "days": 14}]},
              {"colour": "YELLOW", "label": "negative PCR test",
               "conditions": [{"type": "TESTED", "testType": "PCR", "result": "NEGATIVE", "withinHours": 72}]},
              {"colour": "RED", "label": "everyone else", "conditions": []}]}""";

    @Autowired
    PublishedEvents events;

    @AfterEach
    void nationalDefaultAgain() throws Exception {
        assertThat(putRules(QUANG_NINH, "{\"mode\":\"NATIONAL_DEFAULT\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void anF1IsRedForSevenDaysWhereTheRulesSaySoAndGreenAgainOnceTheCaseIsWithdrawn() throws Exception {
        HttpResponse<String> rules = putRules(QUANG_NINH, F1_RED_FOR_7_DAYS);
        assertThat(rules.statusCode()).as(rules.body()).isEqualTo(200);
        TestVenue cafe = venue("restaurant");
        Visitor patient = visitor("Ca Bệnh Quán Cà Phê");
        Visitor contact = livingIn(HA_TU_QUANG_NINH, "Tiếp Xúc Hạ Long");
        Visitor elsewhere = livingIn(DONG_KINH_LANG_SON, "Tiếp Xúc Lạng Sơn");
        vaccinatedTwice(contact.person());
        vaccinatedTwice(elsewhere.person());
        List<Map<String, Object>> visits = new ArrayList<>();
        for (Visitor who : List.of(patient, contact, elsewhere)) {
            visits.add(event("reader", visits.size(), who.fullQr(), "IN", yesterdayAt(12, 30)));
            visits.add(event("reader", visits.size(), who.fullQr(), "OUT", yesterdayAt(12, 45)));
        }
        assertThat(statuses(cafe.staffToken(), visits)).containsOnly("STORED");
        assertThat(ownCard(contact).path("colour").asString()).isEqualTo("GREEN");

        String health = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        int contactsChanges = cardChanges(contact).size();
        int elsewheresChanges = cardChanges(elsewhere).size();
        String caseId = reported(health, patient);
        assertThat(awaitAlerts(contact)).hasSize(1);
        assertThat(awaitAlerts(elsewhere)).hasSize(1);

        assertThat(awaitCardChanges(contact, contactsChanges + 1).getLast()).as("the change feed hears of it")
                .extracting(CardChanged::colour, CardChanged::previousColour).containsExactly("RED", "GREEN");

        JsonNode red = ownCard(contact);
        // the card's reason says which rules it followed: a failure seen twice in CI, not reproduced
        assertThat(red.path("colour").asString()).as("%s, alerts %s", red, alertsOf(contact)).isEqualTo("RED");
        assertThat(red.path("provinceCode").asString()).isEqualTo(QUANG_NINH);
        assertThat(red.path("reason").asString()).startsWith("the rules of Tỉnh Quảng Ninh, version ")
                .endsWith(", rule 1 (F1 contact): exposed as F1 on " + yesterday() + ", 1 day ago (within 7)");
        // day 7 after the exposure's day is the last: yesterday + 7, to its last second
        OffsetDateTime lastSecond = yesterdayAt(23, 59).plusSeconds(59).plusDays(7);
        assertThat(OffsetDateTime.parse(red.path("validUntil").asString())).isEqualTo(lastSecond);
        // the reason names nobody and nowhere: not the case, its person, or the venue
        assertThat(red.toString()).doesNotContain(caseId, patient.qid(), patient.person().documentNumber(), cafe.code(),
                "Quán Thử", "12:30");

        String scanner = TestClients.certifiedApp(port, Scopes.SCAN_VENUE).token(port, Scopes.SCAN_VENUE);
        JsonNode byQr = scannedCard(scanner, contact.fullQr(), QUANG_NINH);
        assertThat(byQr.path("colour").asString()).isEqualTo("RED");
        assertThat(byQr.path("reason").asString()).isEqualTo(red.path("reason").asString());
        assertThat(OffsetDateTime.parse(byQr.path("validUntil").asString())).isEqualTo(lastSecond);
        assertThat(scannedCard(scanner, cardOf(contact.person()), null).path("colour").asString())
                .as("by CCCD card, in their residence's province").isEqualTo("RED");

        JsonNode unchanged = ownCard(elsewhere);
        assertThat(unchanged.path("colour").asString()).isEqualTo("GREEN");
        assertThat(unchanged.path("reason").asString()).startsWith("Tỉnh Lạng Sơn follows the national default")
                .doesNotContain("exposed");
        assertThat(unchanged.path("validUntil").isNull()).isTrue();

        assertThat(TestClients.send(port, "DELETE", CASES + "/" + caseId, health, null).statusCode()).isEqualTo(204);
        JsonNode green = ownCard(contact);
        assertThat(green.path("colour").asString()).isEqualTo("GREEN");
        assertThat(green.path("reason").asString()).contains("rule 2 (fully vaccinated)");
        assertThat(green.path("validUntil").isNull()).isTrue();
        assertThat(awaitCardChanges(contact, contactsChanges + 2).getLast())
                .extracting(CardChanged::colour, CardChanged::previousColour).containsExactly("GREEN", "RED");
        assertThat(cardChanges(elsewhere)).as("the national default ignores exposures").hasSize(elsewheresChanges);
        assertThat(scannedCard(scanner, contact.fullQr(), QUANG_NINH).path("colour").asString()).isEqualTo("GREEN");
    }

    /** The person's CardChanged events, once there are {@code count}. */
    private List<CardChanged> awaitCardChanges(Visitor who, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (cardChanges(who).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(cardChanges(who)).hasSize(count);
        return cardChanges(who);
    }

    private List<CardChanged> cardChanges(Visitor who) {
        return events.of(CardChanged.class).stream().filter(changed -> changed.qid().equals(new Qid(who.qid()))).toList();
    }

    /** Someone whose permanent address is in {@code communeCode}, with a QR and a holder token. */
    private Visitor livingIn(String communeCode, String name) throws Exception {
        return visitor(TestPeople.registered(registryImport, name, 1980, Gender.FEMALE, ",commune_code",
                "," + communeCode));
    }

    private void vaccinatedTwice(Person person) throws Exception {
        String lab = TestClients.certifiedApp(port, Scopes.HEALTH_WRITE).token(port, Scopes.HEALTH_WRITE);
        for (String dose : List.of("\"date\":\"2021-08-01\",\"doseNumber\":1", "\"date\":\"2021-08-22\",\"doseNumber\":2")) {
            HttpResponse<String> pushed = TestClients.send(port, "POST", "/api/v1/health/vaccinations", lab,
                    "{\"sourceId\":\"" + java.util.UUID.randomUUID() + "\",\"documentNumber\":\"" + person.documentNumber()
                            + "\"," + dose + ",\"product\":\"EU/1/20/1528\"}");
            assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        }
    }

    private HttpResponse<String> putRules(String provinceCode, String json) throws Exception {
        return TestClients.send(port, "PUT", "/api/v1/admin/covid-card-rules/" + provinceCode,
                TestClients.adminToken(port), json);
    }

    /** The person's own card, as their app reads it with their holder token. */
    private JsonNode ownCard(Visitor who) throws Exception {
        HttpResponse<byte[]> answer = asHolder("GET", "/api/v1/citizens/" + who.qid() + "/covid-card",
                visitorsApp().token(port, Scopes.QR_ISSUE), who.holderToken());
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer);
    }

    /** The card a venue's scanner sees; {@code provinceCode} {@code null}: the person's residence. */
    private JsonNode scannedCard(String scanner, String text, String provinceCode) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        if (provinceCode != null) {
            body.put("provinceCode", provinceCode);
        }
        HttpResponse<String> answer = TestClients.send(port, "POST", "/api/v1/scans", scanner, json(body));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body()).path("person").path("covidCard");
    }

    /** A case of {@code who}, sampled yesterday evening: its id. */
    private String reported(String token, Visitor who) throws Exception {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sourceId", "exposed-card-" + System.nanoTime());
        item.put("documentNumber", who.person().documentNumber());
        item.put("sampledAt", yesterdayAt(20, 0).toInstant().toString());
        item.put("confirmedAt", Instant.now().toString());
        HttpResponse<String> answer = TestClients.send(port, "POST", CASES, token, json(Map.of("items", List.of(item))));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode created = TestClients.json(answer.body()).path("items").get(0);
        assertThat(created.path("status").asString()).as(answer.body()).isEqualTo("CREATED");
        return created.path("caseId").asString();
    }
}
