package vn.qrqg.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.feedback.FeedbackTestSupport;

/**
 * The issue's own story: a citizen whose second dose is missing reports it with a photo of the
 * vaccination paper; the province's officials forward it to the system that pushed the record,
 * which sees it in its CSV and pushes the missing dose; the report notes the correction and the
 * card turns green. Then the report closes itself after its answer and is dropped past its retention.
 */
class FeedbackForwardingIT extends FeedbackTestSupport {
    private static final String QUEUE = "/api/v1/feedback";

    @Autowired
    RecordCorrections corrections;

    @Autowired
    FeedbackHousekeeping housekeeping;

    @Test
    void aMissingDoseIsForwardedToItsSystemAndTheCorrectionShowsOnTheReportAndTheCard() throws Exception {
        Visitor lan = citizenOf(QUANG_TRI);
        TestClients.CertifiedApp lab = TestClients.certifiedApp(port, Scopes.HEALTH_WRITE);
        String labToken = lab.token(port, Scopes.HEALTH_WRITE);
        String firstDose = pushDose(labToken, lan, 1, "2021-08-01");
        String recordId = recordIdOf(lan);
        assertThat(cardOf(lan)).isNotEqualTo("GREEN");

        HttpResponse<String> sent = submitForm(lan, Map.of("category", "WRONG_HEALTH_RECORD", "recordId", recordId,
                "text", "Tôi đã tiêm mũi 2 ngày 22/08/2021 nhưng hồ sơ chỉ có mũi 1"), jpeg(64, 48), "giay-tiem.jpg");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String trackingNumber = TestClients.json(sent.body()).path("trackingNumber").asString();

        TestClients.CertifiedApp officialsApp = officialsApp(QUANG_TRI);
        String officials = officialsApp.token(port, Scopes.FEEDBACK_HANDLE);
        JsonNode report = send(officials, "POST", QUEUE + "/" + trackingNumber + "/forward");
        assertThat(report.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(report.path("forwardedTo").asString()).isEqualTo(lab.clientId());
        assertThat(report.path("record").path("sourceId").asString()).isEqualTo(firstDose);
        assertThat(report.path("record").path("kind").asString()).isEqualTo("VACCINATION");
        JsonNode sources = send(officials, "GET", QUEUE + "/forwarded");
        assertThat(sources.valueStream().filter(s -> lab.clientId().equals(s.path("source").asString())))
                .singleElement().satisfies(s -> assertThat(s.path("open").asLong()).isEqualTo(1));

        HttpResponse<String> csv = TestClients.send(port, "GET", QUEUE + "/forwarded.csv?source=" + lab.clientId(),
                officials, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(2);
        assertThat(csv.body().lines().skip(1).findFirst().orElseThrow()).startsWith(trackingNumber + ",WRONG_HEALTH_RECORD,")
                .contains(firstDose).contains("chỉ có mũi 1");
        assertThat(auditOf(officialsApp.clientId(), "GET /api/v1/feedback/forwarded.csv")).hasSize(1);

        corrections.check();
        assertThat(send(officials, "GET", QUEUE + "/" + trackingNumber).path("recordCorrectedAt").isNull())
                .as("nothing pushed yet").isTrue();
        pushDose(labToken, lan, 2, "2021-08-22");
        assertThat(corrections.check()).isPositive();
        assertThat(send(officials, "GET", QUEUE + "/" + trackingNumber).path("recordCorrectedAt").asString()).isNotBlank();
        JsonNode mine = reportsOf(lan).get(0);
        assertThat(mine.path("recordCorrectedAt").asString()).isNotBlank();
        assertThat(cardOf(lan)).isEqualTo("GREEN");

        send(officials, "POST", QUEUE + "/" + trackingNumber + "/answer", "{\"text\":\"Đã bổ sung mũi 2.\"}");
        Instant now = Instant.now();
        housekeeping.housekeep(now.plus(Duration.ofDays(15)));
        assertThat(reportsOf(lan).get(0).path("status").asString()).as("closed 14 days after its answer")
                .isEqualTo("CLOSED");
        assertThat(photoRows(trackingNumber)).isEqualTo(1);
        housekeeping.housekeep(now.plus(Duration.ofDays(15 + 31)));
        assertThat(reportsOf(lan)).as("dropped 30 days after it closed").isEmpty();
        assertThat(photoRows(trackingNumber)).as("with its photo").isZero();
        assertThat(TestClients.send(port, "GET", QUEUE + "/" + trackingNumber, officials, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aReportAboutNoRecordCannotBeForwarded() throws Exception {
        String trackingNumber = reported(citizenOf(QUANG_TRI), "APP_PROBLEM", "Ứng dụng treo", Map.of());
        HttpResponse<String> answer = TestClients.send(port, "POST", QUEUE + "/" + trackingNumber + "/forward",
                officials(QUANG_TRI), null);
        assertThat(answer.statusCode()).isEqualTo(400);
    }

    private long photoRows(String trackingNumber) {
        return jdbc.sql("""
                        select count(*) from feedback_photo p join feedback_report r using (report_id)
                        where r.tracking_number = :tn""").param("tn", trackingNumber).query(Long.class).single()
                + jdbc.sql("select count(*) from feedback_photo where report_id not in (select report_id from feedback_report)")
                        .query(Long.class).single();
    }

    private String pushDose(String labToken, Visitor who, int dose, String date) throws Exception {
        String sourceId = "VNVC-" + UUID.randomUUID();
        HttpResponse<String> pushed = TestClients.send(port, "POST", "/api/v1/health/vaccinations", labToken,
                "{\"sourceId\":\"" + sourceId + "\",\"documentNumber\":\"" + who.person().documentNumber()
                        + "\",\"date\":\"" + date + "\",\"doseNumber\":" + dose + ",\"product\":\"EU/1/20/1528\"}");
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        return sourceId;
    }

    private String recordIdOf(Visitor who) throws Exception {
        HttpResponse<String> records = asHolder(who, "GET", "/api/v1/citizens/" + who.qid() + "/health-records", null,
                HttpRequest.BodyPublishers.noBody());
        return TestClients.json(records.body()).path("vaccinations").get(0).path("recordId").asString();
    }

    private String cardOf(Visitor who) throws Exception {
        HttpResponse<String> card = asHolder(who, "GET", "/api/v1/citizens/" + who.qid() + "/covid-card", null,
                HttpRequest.BodyPublishers.noBody());
        return TestClients.json(card.body()).path("colour").asString();
    }

    private JsonNode send(String token, String method, String path) throws Exception {
        return send(token, method, path, null);
    }

    private JsonNode send(String token, String method, String path, String body) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, method, path, token, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body());
    }
}
