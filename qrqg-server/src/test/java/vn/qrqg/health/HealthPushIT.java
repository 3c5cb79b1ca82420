package vn.qrqg.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;

/** The push API of the national health systems: single, batch, idempotent, each item judged on its own. */
@ExtendWith(OutputCaptureExtension.class)
class HealthPushIT extends HealthTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesARecordOnceAndAnswersAReplayWithTheStoredOne() throws Exception {
        Person person = somebody(1921);
        String body = "{\"sourceId\":\"NIVR-" + UUID.randomUUID() + "\",\"documentNumber\":\"" + person.documentNumber()
                + "\",\"date\":\"2021-09-01\",\"doseNumber\":1,\"product\":\"EU/1/20/1528\",\"lot\":\"FF2587\","
                + "\"site\":\"Trạm Y tế Phường Ba Đình\"}";
        HttpResponse<String> created = push(VACCINATIONS, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode stored = TestClients.json(created.body());
        assertThat(stored.path("status").asString()).isEqualTo("CREATED");
        HttpResponse<String> replayed = push(VACCINATIONS, body);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(TestClients.json(replayed.body()).path("status").asString()).isEqualTo("EXISTING");
        assertThat(TestClients.json(replayed.body()).path("id").asString()).isEqualTo(stored.path("id").asString());

        HttpResponse<String> conflict = push(VACCINATIONS, body.replace("\"doseNumber\":1", "\"doseNumber\":2"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(TestClients.json(conflict.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/health-record-conflict");
    }

    @Test
    void namesEveryBadFieldWithoutEchoingIt() throws Exception {
        HttpResponse<String> response = push(VACCINATIONS, "{\"sourceId\":\"x\",\"documentNumber\":\"001193029317\","
                + "\"date\":\"01/09/2021\",\"doseNumber\":0,\"product\":\"Nanocovax\",\"dose\":1}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = TestClients.json(response.body());
        assertThat(problem.path("errors").valueStream().map(error -> error.path("field").asString()))
                .containsExactlyInAnyOrder("dose", "date", "doseNumber", "product");
        assertThat(problem.path("detail").asString()).doesNotContain("Nanocovax", "01/09/2021")
                .contains("product must be a code of the vaccine value set: EU/1/20/1528");
        assertThat(push(TESTS, "{\"sourceId\":\"x\",\"qid\":\"123\",\"type\":\"PCR\",\"sampledAt\":\"2099-01-01T00:00:00Z\","
                + "\"result\":\"MAYBE\"}").body()).contains("\"qid\"", "\"sampledAt\"", "\"result\"");
        assertThat(push(RECOVERIES, "{\"sourceId\":\"x\",\"documentNumber\":\"001193029317\",\"qid\":\"1\","
                + "\"confirmedAt\":\"2021-09-10\",\"recoveredAt\":\"2021-09-01\"}").body())
                .contains("\"qid\"", "\"recoveredAt\"");
    }

    @Test
    void controlCharactersAreRefusedNamingTheFieldAloneAndNotLogged(CapturedOutput output) throws Exception {
        HttpResponse<String> response = push(TESTS, "{\"sourceId\":\"secret-source-53\\u0000\",\"qid\":\"123\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(TestClients.json(response.body()).path("errors").valueStream().map(error -> error.path("field").asString()))
                .contains("sourceId");
        assertThat(response.body()).doesNotContain("secret-");
        Person person = somebody(1924);
        String good = vaccination(person, "2021-08-01", 1, "EU/1/21/1529");
        HttpResponse<String> batch = push(VACCINATIONS, "{\"items\":[" + good + ","
                + good.replace("\"sourceId\":\"", "\"sourceId\":\"secret-source-54\\u202E") + "]}");
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
        JsonNode items = TestClients.json(batch.body()).path("items");
        assertThat(items.get(0).path("status").asString()).isEqualTo("CREATED");
        assertThat(items.get(1).path("status").asString()).isEqualTo("INVALID");
        assertThat(items.get(1).path("errors").get(0).path("field").asString()).isEqualTo("sourceId");
        assertThat(batch.body()).doesNotContain("secret-");
        assertThat(output.getAll()).doesNotContain("secret-source-53").doesNotContain("secret-source-54");
    }

    @Test
    void anUnknownPersonIsNamedByTheFieldThatNamedThem() throws Exception {
        String nobody = TestPeople.cccdNumber(1901, vn.qrqg.codec.Gender.MALE);
        HttpResponse<String> response = push(TESTS, test(new Person(nobody, "x", "1901-03-04", vn.qrqg.codec.Gender.MALE),
                "PCR", java.time.Instant.now().minusSeconds(3600), "NEGATIVE"));
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = TestClients.json(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/unknown-person");
        assertThat(problem.path("field").asString()).isEqualTo("documentNumber");
    }

    @Test
    void aBatchAnswersEveryItemOnItsOwnAndABadItemRejectsNoOther() throws Exception {
        Person person = somebody(1922);
        String first = vaccination(person, "2021-08-01", 1, "EU/1/21/1529");
        pushed(VACCINATIONS, first);
        String conflicting = first.replace("2021-08-01", "2021-08-02");
        String nobody = vaccination(new Person(TestPeople.cccdNumber(1902, vn.qrqg.codec.Gender.MALE), "x", "1902-03-04",
                vn.qrqg.codec.Gender.MALE), "2021-08-01", 1, "EU/1/21/1529");
        String body = "{\"items\":[" + String.join(",", List.of(vaccination(person, "2021-09-01", 2, "EU/1/21/1529"),
                first, vaccination(person, "2021-09-01", 0, "EU/1/21/1529"), nobody, conflicting)) + "]}";
        HttpResponse<String> response = push(VACCINATIONS, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode batch = TestClients.json(response.body());
        assertThat(batch.path("created").asInt()).isEqualTo(1);
        assertThat(batch.path("existing").asInt()).isEqualTo(1);
        assertThat(batch.path("rejected").asInt()).isEqualTo(3);
        assertThat(batch.path("items").valueStream().map(item -> item.path("status").asString()))
                .containsExactly("CREATED", "EXISTING", "INVALID", "UNKNOWN_PERSON", "CONFLICT");
        assertThat(batch.path("items").get(2).path("index").asInt()).isEqualTo(2);
        assertThat(batch.path("items").get(2).path("errors").get(0).path("field").asString()).isEqualTo("doseNumber");
        assertThat(batch.path("items").get(3).path("errors").get(0).path("field").asString()).isEqualTo("documentNumber");
        assertThat(push(VACCINATIONS, "{\"items\":[]}").statusCode()).isEqualTo(400);
    }

    @Test
    void aRecordMayNameThePersonByTheirQid() throws Exception {
        Person person = somebody(1923);
        String qid = issued(tokenOfCertifiedApp(Scopes.QR_ISSUE), person.body(null)).path("qid").asString();
        HttpResponse<String> response = push(TESTS, "{\"sourceId\":\"" + UUID.randomUUID() + "\",\"qid\":\"" + qid
                + "\",\"type\":\"RAPID_ANTIGEN\",\"sampledAt\":\"2021-09-01T08:30:00+07:00\",\"result\":\"NEGATIVE\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode records = scannedCard(tokenOfCertifiedApp(Scopes.SCAN_HEALTH), person).path("healthRecords");
        assertThat(records.path("tests").get(0).path("sampledAt").asString()).isEqualTo("2021-09-01T08:30:00+07:00");
    }

    @Test
    void onlyHealthSystemsPush() throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", VACCINATIONS,
                tokenOfCertifiedApp(Scopes.SCAN_HEALTH), vaccination(somebody(1924), "2021-09-01", 1, "EU/1/20/1528"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void recordsAtRestNameNobodyAndSayNothingWithoutTheDataKey() throws Exception {
        Person person = somebody(1925);
        String sourceId = "lab-" + UUID.randomUUID();
        pushed(TESTS, "{\"sourceId\":\"" + sourceId + "\",\"documentNumber\":\"" + person.documentNumber()
                + "\",\"type\":\"PCR\",\"sampledAt\":\"2021-09-01T08:30:00+07:00\",\"result\":\"POSITIVE\","
                + "\"lab\":\"CDC Hà Nội\"}");
        byte[] row = jdbc.sql("select convert_to(row(r.*)::text, 'UTF8') from health_record r where source_id = :s")
                .param("s", sourceId).query(byte[].class).single();
        String stored = new String(row, StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain(person.documentNumber(), "POSITIVE", "CDC", "2021-09-01");
    }
}
