package vn.qrqg.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.identity.TestPeople.Person;

/** A person sees their own card and records through an app that holds their holder token; every read is audited. */
class CitizenHealthIT extends HealthTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePersonSeesTheirOwnCardByTheRulesOfWhereTheyLive() throws Exception {
        Person person = livingIn("22333", 1921); // Phường Bắc Nha Trang, Khánh Hòa
        String app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode qr = issued(app, person.body(null));
        String qid = qr.path("qid").asString();
        Instant sampled = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        pushed(TESTS, test(person, "PCR", sampled, "NEGATIVE"));

        HttpResponse<byte[]> response = asHolder("GET", "/api/v1/citizens/" + qid + "/covid-card", app,
                qr.path("holderToken").asString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                .contains("no-store"));
        JsonNode card = json(response);
        assertThat(card.path("colour").asString()).isEqualTo("YELLOW");
        assertThat(card.path("provinceCode").asString()).isEqualTo("56");
        assertThat(card.path("reason").asString()).startsWith("Tỉnh Khánh Hoà follows the national default")
                .contains("negative PCR test");
        assertThat(java.time.OffsetDateTime.parse(card.path("validUntil").asString()).toInstant())
                .isEqualTo(sampled.plus(72, ChronoUnit.HOURS));
    }

    @Test
    void theCardsReasonIsWrittenInTheLanguageTheAppAsksFor() throws Exception {
        Person person = livingIn("22333", 1923); // Phường Bắc Nha Trang, Khánh Hòa
        String app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode qr = issued(app, person.body(null));
        pushed(VACCINATIONS, vaccination(person, "2021-09-01", 1, "EU/1/20/1525"));
        String path = "/api/v1/citizens/" + qr.path("qid").asString() + "/covid-card";

        JsonNode vietnamese = json(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + app)
                .header(vn.qrqg.holders.HolderTokens.HEADER, qr.path("holderToken").asString())
                .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()));
        assertThat(vietnamese.path("colour").asString()).isEqualTo("GREEN");
        assertThat(vietnamese.path("reason").asString())
                .startsWith("Tỉnh Khánh Hoà áp dụng quy định chung toàn quốc (theo quy định của Khánh Hòa), quy tắc 1 "
                        + "(đã tiêm đủ liều): 1 mũi (vắc xin một liều), mũi gần nhất COVID-19 Vaccine Janssen (Jcovden) "
                        + "ngày 01/09/2021, cách đây ")
                .doesNotContain("EU/1/20/1525");
        JsonNode english = json(asHolder("GET", path, app, qr.path("holderToken").asString()));
        assertThat(english.path("reason").asString()).as("no Accept-Language: English, as always")
                .startsWith("Tỉnh Khánh Hoà follows the national default (Khánh Hòa's rules), rule 1 (fully vaccinated): "
                        + "1 dose (single-dose vaccine), the last EU/1/20/1525 on 2021-09-01");
    }

    @Test
    void thePersonListsTheirOwnRecords() throws Exception {
        Person person = somebody(1922);
        String app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode qr = issued(app, person.body(null));
        String qid = qr.path("qid").asString();
        pushed(VACCINATIONS, vaccination(person, "2021-09-01", 1, "EU/1/20/1525"));
        pushed(RECOVERIES, recovery(person, "2022-01-02", "2022-01-15T10:00:00+07:00"));

        JsonNode records = json(asHolder("GET", "/api/v1/citizens/" + qid + "/health-records", app,
                qr.path("holderToken").asString()));
        assertThat(records.path("vaccinations")).hasSize(1);
        JsonNode dose = records.path("vaccinations").get(0);
        assertThat(dose.path("product").asString()).isEqualTo("EU/1/20/1525");
        assertThat(dose.path("productName").asString()).isEqualTo("COVID-19 Vaccine Janssen (Jcovden)");
        assertThat(dose.path("singleDose").asBoolean()).isTrue();
        assertThat(records.path("tests")).isEmpty();
        assertThat(records.path("recoveries").get(0).path("confirmedAt").asString()).isEqualTo("2022-01-02T00:00:00+07:00");

        assertThat(auditOf(qid)).extracting(row -> row.get("purpose") + " " + row.get("fields") + " " + row.get("outcome"))
                .contains("GET /api/v1/citizens/{qid}/health-records vaccinations,tests,recoveries READ");
    }

    @Test
    void anotherPersonsQidIsRefusedAndNothingIsRead() throws Exception {
        String app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode mine = issued(app, somebody(1923).body(null));
        String theirs = issued(app, somebody(1924).body(null)).path("qid").asString();
        for (String path : List.of("/covid-card", "/health-records")) {
            HttpResponse<byte[]> response = asHolder("GET", "/api/v1/citizens/" + theirs + path, app,
                    mine.path("holderToken").asString());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-the-holder");
            assertThat(asHolder("GET", "/api/v1/citizens/" + theirs + path, app, null).statusCode()).isEqualTo(403);
        }
        assertThat(auditOf(theirs)).noneMatch(row -> String.valueOf(row.get("purpose")).contains("covid-card"));
    }

    @Test
    void theCardReadIsAuditedBeforeItIsAnswered() throws Exception {
        String app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode qr = issued(app, somebody(1925).body(null));
        String qid = qr.path("qid").asString();
        assertThat(asHolder("GET", "/api/v1/citizens/" + qid + "/covid-card", app, qr.path("holderToken").asString())
                .statusCode()).isEqualTo(200);
        assertThat(auditOf(qid)).extracting(row -> row.get("purpose") + " " + row.get("fields"))
                .contains("GET /api/v1/citizens/{qid}/covid-card covidCard");
    }

    private List<Map<String, Object>> auditOf(String qid) {
        return jdbc.sql("select purpose, array_to_string(fields, ',') as fields, outcome from audit_record where qid = :qid")
                .param("qid", qid).query().listOfRows();
    }
}
