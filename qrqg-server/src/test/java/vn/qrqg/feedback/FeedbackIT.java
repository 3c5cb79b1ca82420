package vn.qrqg.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;

/**
 * A citizen reports a problem through their app and follows it: a tracking number at once, the
 * report in their list, every wrong field named, nobody else's QID or record usable, and no more
 * reports a day than the limit.
 */
class FeedbackIT extends FeedbackTestSupport {

    @Test
    void aReportGetsATrackingNumberAndShowsInThePersonsOwnList() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        HttpResponse<String> answer = submitJson(hoa, Map.of("category", "WRONG_COVID_CARD",
                "text", "Thẻ của tôi màu vàng dù đã tiêm đủ hai mũi"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode submitted = TestClients.json(answer.body());
        String trackingNumber = submitted.path("trackingNumber").asString();
        assertThat(trackingNumber).matches("PA-" + Year.now().getValue() + "-\\d{6}");
        assertThat(submitted.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(OffsetDateTime.parse(submitted.path("dueAt").asString())).isAfter(OffsetDateTime.now().plusDays(3));

        JsonNode mine = reportsOf(hoa);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("trackingNumber").asString()).isEqualTo(trackingNumber);
        assertThat(mine.get(0).path("text").asString()).isEqualTo("Thẻ của tôi màu vàng dù đã tiêm đủ hai mũi");
        assertThat(mine.get(0).path("status").asString()).isEqualTo("RECEIVED");
        assertThat(mine.get(0).path("answer").isNull()).isTrue();
        assertThat(auditOf(visitorsApp().clientId(), "GET /api/v1/citizens/{qid}/feedback"))
                .anySatisfy(row -> assertThat(row).containsEntry("qid", hoa.qid()).containsEntry("fields", "feedback"));
    }

    @Test
    void twoReportsGetTwoTrackingNumbersInOrder() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        String first = reported(hoa, "APP_PROBLEM", "Ứng dụng không mở được mã QR", Map.of());
        String second = reported(hoa, "OTHER", "Xin hỏi về thủ tục", Map.of());
        assertThat(Integer.parseInt(second.substring(8))).isGreaterThan(Integer.parseInt(first.substring(8)));
        assertThat(reportsOf(hoa).valueStream().map(r -> r.path("trackingNumber").asString()))
                .as("newest first").containsExactly(second, first);
    }

    @Test
    void everyFieldItCannotTakeIsNamedAndNothingIsStored() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "VENUE_NOT_COMPLYING");
        body.put("text", "   ");
        body.put("communeCode", "99999");
        HttpResponse<String> answer = submitJson(hoa, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(TestClients.json(answer.body()).path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("text", "communeCode", "venueCode");

        HttpResponse<String> noRecord = submitJson(hoa, Map.of("category", "WRONG_HEALTH_RECORD", "text", "Thiếu mũi 2",
                "recordId", "not-a-record"));
        assertThat(noRecord.statusCode()).as(noRecord.body()).isEqualTo(400);
        assertThat(noRecord.body()).contains("recordId");
        HttpResponse<String> unknown = submitJson(hoa, Map.of("category", "COMPLAINT", "text", "x"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("category");
        assertThat(reportsOf(hoa)).isEmpty();
    }

    @Test
    void aRecordOfSomeoneElseIsNotOneOfTheirs() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        Visitor other = citizenOf(QUANG_TRI);
        String lab = labToken();
        String othersRecord = vaccinated(lab, other, 1);
        HttpResponse<String> answer = submitJson(hoa, Map.of("category", "WRONG_HEALTH_RECORD",
                "text", "Mũi này không phải của tôi", "recordId", othersRecord));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("is not one of your health records");
    }

    @Test
    void anotherPersonsQidLearnsNothing() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        Visitor other = citizenOf(QUANG_TRI);
        String theirs = reported(other, "OTHER", "Của người khác", Map.of());

        HttpResponse<String> list = asHolder(hoa, "GET", feedbackPath(other), null, HttpRequest.BodyPublishers.noBody());
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(type(list)).isEqualTo("https://qrqg.vn/problems/not-the-holder");
        HttpResponse<String> photo = asHolder(hoa, "GET", feedbackPath(hoa) + "/" + theirs + "/photo", null,
                HttpRequest.BodyPublishers.noBody());
        assertThat(photo.statusCode()).isEqualTo(404);
        assertThat(type(photo)).isEqualTo("https://qrqg.vn/problems/feedback-not-found");
        HttpResponse<String> send = withHolderToken(hoa.holderToken(), "POST", feedbackPath(other), "application/json",
                HttpRequest.BodyPublishers.ofString(json(Map.of("category", "OTHER", "text", "Giả danh"))));
        assertThat(send.statusCode()).isEqualTo(403);
        assertThat(reportsOf(other)).hasSize(1);
    }

    @Test
    void aSixthReportTheSameDayIsRefusedUntilMidnight() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        for (int i = 1; i <= 5; i++) {
            reported(hoa, "OTHER", "Phản ánh số " + i, Map.of());
        }
        HttpResponse<String> sixth = submitJson(hoa, Map.of("category", "OTHER", "text", "Phản ánh số 6"));
        assertThat(sixth.statusCode()).as(sixth.body()).isEqualTo(429);
        assertThat(type(sixth)).isEqualTo("https://qrqg.vn/problems/too-many-feedback-reports");
        long retryAfter = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 24 * 3600L);
        assertThat(reportsOf(hoa)).hasSize(5);
    }

    /** A lab's app (scope health:write). */
    protected String labToken() throws Exception {
        return TestClients.certifiedApp(port, vn.qrqg.clients.Scopes.HEALTH_WRITE).token(port,
                vn.qrqg.clients.Scopes.HEALTH_WRITE);
    }

    /** A dose pushed for the person: its recordId, as their app lists it. */
    protected String vaccinated(String lab, Visitor who, int dose) throws Exception {
        HttpResponse<String> pushed = TestClients.send(port, "POST", "/api/v1/health/vaccinations", lab,
                "{\"sourceId\":\"" + java.util.UUID.randomUUID() + "\",\"documentNumber\":\""
                        + who.person().documentNumber() + "\",\"date\":\"2021-08-0" + dose + "\",\"doseNumber\":" + dose
                        + ",\"product\":\"EU/1/20/1528\"}");
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        HttpResponse<String> records = asHolder(who, "GET", "/api/v1/citizens/" + who.qid() + "/health-records", null,
                HttpRequest.BodyPublishers.noBody());
        List<String> ids = TestClients.json(records.body()).path("vaccinations").valueStream()
                .filter(v -> v.path("doseNumber").asInt() == dose).map(v -> v.path("recordId").asString()).toList();
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }
}
