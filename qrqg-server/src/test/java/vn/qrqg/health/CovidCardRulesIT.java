package vn.qrqg.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.TestPeople.Person;

/**
 * Provinces' rule sets through the admin API, taking effect on the next scan. Each test owns a
 * province (one shared database): 92 Cần Thơ, 48 Đà Nẵng, 96 Cà Mau, 91 An Giang, 86 Vĩnh Long, 80 Tây Ninh.
 */
class CovidCardRulesIT extends HealthTestSupport {
    private static final String TAY_NINH_COMMUNE = "25459"; // Phường Tân Ninh, Tây Ninh
    private static final String ONE_DOSE_IS_GREEN = """
            {"rules": [
              {"colour": "GREEN", "label": "one dose", "conditions": [{"type": "VACCINATED", "doses": 1, "days": 14}]},
              {"colour": "RED", "conditions": []}]}""";

    @Test
    void everyUploadIsANewVersionAndTheHistoryKeepsThemAll() throws Exception {
        HttpResponse<String> first = putRules("92", ONE_DOSE_IS_GREEN);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode version = TestClients.json(first.body());
        assertThat(version.path("version").asInt()).isEqualTo(1);
        assertThat(version.path("mode").asString()).isEqualTo("RULES");
        assertThat(version.path("rules").get(0).path("conditions").get(0).path("doses").asInt()).isEqualTo(1);
        assertThat(version.path("uploadedBy").asString()).isEqualTo("admin");
        assertThat(putRules("92", "{\"mode\":\"NATIONAL_DEFAULT\"}").statusCode()).isEqualTo(200);

        JsonNode province = rulesOf("92");
        assertThat(province.path("provinceName").asString()).isEqualTo("Thành phố Cần Thơ");
        assertThat(province.path("current").path("version").asInt()).isEqualTo(2);
        assertThat(province.path("current").path("mode").asString()).isEqualTo("NATIONAL_DEFAULT");
        assertThat(province.path("current").path("rules")).hasSize(6); // the national default's, which apply
        assertThat(province.path("history")).hasSize(2);
        assertThat(province.path("history").get(0).path("version").asInt()).isEqualTo(2);
        assertThat(province.path("history").get(1).path("rules").get(0).path("label").asString()).isEqualTo("one dose");

        JsonNode all = TestClients.json(TestClients.send(port, "GET", RULES.substring(0, RULES.length() - 1),
                TestClients.adminToken(port), null).body());
        assertThat(all.path("nationalDefault")).hasSize(6);
        assertThat(all.path("provinces").valueStream().map(p -> p.path("provinceCode").asString())).contains("92");
    }

    @Test
    void anInvalidRuleSetIsRejectedNamingTheBadPartAndNothingChanges() throws Exception {
        HttpResponse<String> response = putRules("92", """
                {"rules": [
                  {"colour": "GREEN", "conditions": [{"type": "VACCINATED", "doses": 2, "days": 14}]},
                  {"colour": "YELLOW", "conditions": [{"type": "TESTED", "result": "NEGATIVE", "withinHours": 72}]},
                  {"colour": "YELLOW", "conditions": [{"type": "VACCINATED", "doses": 1, "days": -14}]}]}""");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = TestClients.json(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("rules[2].conditions[0].days");
        assertThat(problem.path("detail").asString()).contains("rules[2].conditions[0].days must be a whole number from 0");
        int versions = rulesOf("92").path("history").size();
        assertThat(putRules("92", "{\"effectiveFrom\":\"2021-01-01T00:00:00+07:00\",\"mode\":\"NONE\"}").statusCode())
                .isEqualTo(400); // the past is not rewritten
        assertThat(rulesOf("92").path("history")).hasSize(versions);
    }

    @Test
    void rulesUploadedNowApplyToACardReadLaterInTheSameSecond() throws Exception {
        Person person = livingIn(TAY_NINH_COMMUNE, 1931);
        String app = tokenOfCertifiedApp(vn.qrqg.clients.Scopes.QR_ISSUE);
        JsonNode qr = issued(app, person.body(null));
        Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        try {
            clock.set(second.plusMillis(600));
            assertThat(putRules("80", "{\"mode\":\"NONE\"}").statusCode()).isEqualTo(200);
            clock.set(second.plusMillis(900)); // a person's own card is evaluated at the second: .000, not .900
            JsonNode card = json(asHolder("GET", "/api/v1/citizens/" + qr.path("qid").asString() + "/covid-card", app,
                    qr.path("holderToken").asString()));
            assertThat(card.path("colour").asString()).as(card.toString()).isEqualTo("NEUTRAL");
        } finally {
            clock.reset();
            while (Instant.now().isBefore(second.plusSeconds(1))) {
                Thread.sleep(50); // the next version must begin after that one
            }
            assertThat(putRules("80", "{\"mode\":\"NATIONAL_DEFAULT\"}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anUnknownProvinceIsNotFound() throws Exception {
        HttpResponse<String> response = putRules("99", ONE_DOSE_IS_GREEN);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestClients.json(response.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/unknown-province");
        assertThat(TestClients.send(port, "GET", RULES + "00004", TestClients.adminToken(port), null).statusCode())
                .isEqualTo(404); // a commune is no province
    }

    @Test
    void onlyOperatorsUploadRules() throws Exception {
        HttpResponse<String> response = TestClients.send(port, "PUT", RULES + "92", pusher(), ONE_DOSE_IS_GREEN);
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aRuleChangeTakesEffectOnTheNextScan() throws Exception {
        Person person = livingIn("20194", 1921); // Phường Hải Vân, Đà Nẵng
        pushed(VACCINATIONS, vaccination(person, daysAgo(30), 1, "EU/1/20/1528"));
        assertThat(cardAtVenue(person).path("colour").asString()).isEqualTo("YELLOW"); // the national default
        assertThat(putRules("48", ONE_DOSE_IS_GREEN).statusCode()).isEqualTo(200);
        JsonNode card = cardAtVenue(person);
        assertThat(card.path("colour").asString()).isEqualTo("GREEN");
        assertThat(card.path("reason").asString()).startsWith("the rules of Thành phố Đà Nẵng, version ")
                .contains("(one dose): 1 dose, the last EU/1/20/1528");
    }

    @Test
    void aProvinceMarkedWithoutRulesShowsTheNeutralStatusNeverGreen() throws Exception {
        Person person = livingIn("31825", 1922); // Phường Bạc Liêu, Cà Mau
        pushed(VACCINATIONS, vaccination(person, daysAgo(90), 1, "EU/1/20/1507"));
        pushed(VACCINATIONS, vaccination(person, daysAgo(60), 2, "EU/1/20/1507"));
        assertThat(cardAtVenue(person).path("colour").asString()).isEqualTo("GREEN");
        assertThat(putRules("96", "{\"mode\":\"NONE\"}").statusCode()).isEqualTo(200);
        JsonNode neutral = cardAtVenue(person);
        assertThat(neutral.path("colour").asString()).isEqualTo("NEUTRAL");
        assertThat(neutral.path("reason").asString()).endsWith("this province has no COVID card rules");
        assertThat(putRules("96", "{\"mode\":\"NATIONAL_DEFAULT\"}").statusCode()).isEqualTo(200);
        assertThat(cardAtVenue(person).path("colour").asString()).isEqualTo("GREEN");
    }

    @Test
    void scheduledRulesBeginAtTheirInstantAndEndTheColourBefore() throws Exception {
        Person person = livingIn("30292", 1923); // Phường Bình Đức, An Giang
        pushed(VACCINATIONS, vaccination(person, daysAgo(60), 1, "EU/1/21/1529"));
        pushed(VACCINATIONS, vaccination(person, daysAgo(30), 2, "EU/1/21/1529"));
        Instant from = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> scheduled = putRules("91", "{\"mode\":\"NONE\",\"effectiveFrom\":\"" + utc(from) + "\"}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        JsonNode card = cardAtVenue(person);
        assertThat(card.path("colour").asString()).isEqualTo("GREEN");
        assertThat(OffsetDateTime.parse(card.path("validUntil").asString()).toInstant()).isEqualTo(from.minusSeconds(1));
        assertThat(rulesOf("91").path("current").path("mode").asString()).isEqualTo("NATIONAL_DEFAULT");
        clock.set(from);
        assertThat(cardAtVenue(person).path("colour").asString()).isEqualTo("NEUTRAL");
    }

    private JsonNode rulesOf(String provinceCode) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "GET", RULES + provinceCode, TestClients.adminToken(port),
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    static String daysAgo(int days) {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(days).toString();
    }
}
