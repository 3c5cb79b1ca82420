package vn.qrqg.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.venues.TestVenues;

/**
 * Officials of a province (scope feedback:handle) see the reports that belong to it, read one
 * (audited), take it up and answer it; the person sees the answer and gets an SMS. Routing by the
 * venue's province, limits by province and category, the scope, the due date, and a closed report.
 */
class FeedbackOfficialsIT extends FeedbackTestSupport {
    private static final String QUEUE = "/api/v1/feedback";

    @Test
    void theProvincesOfficialsAnswerAndThePersonSeesTheAnswer() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        String trackingNumber = reported(hoa, "WRONG_COVID_CARD", "Thẻ vàng dù đã tiêm đủ", Map.of());
        TestClients.CertifiedApp app = officialsApp(QUANG_TRI);
        String officials = app.token(port, Scopes.FEEDBACK_HANDLE);

        JsonNode queue = get(officials, QUEUE + "?status=RECEIVED&category=WRONG_COVID_CARD&size=200");
        JsonNode summary = find(queue, trackingNumber);
        assertThat(summary.path("provinceCode").asString()).isEqualTo(QUANG_TRI);
        assertThat(summary.path("overdue").asBoolean()).isFalse();
        assertThat(summary.has("text")).as("a summary holds no personal data").isFalse();
        assertThat(summary.has("person")).isFalse();

        JsonNode report = get(officials, QUEUE + "/" + trackingNumber);
        assertThat(report.path("text").asString()).isEqualTo("Thẻ vàng dù đã tiêm đủ");
        assertThat(report.path("person").path("qid").asString()).isEqualTo(hoa.qid());
        assertThat(report.path("person").path("birthYear").asInt()).isBetween(1960, 2000);
        assertThat(auditOf(app.clientId(), "GET /api/v1/feedback/{trackingNumber}"))
                .anySatisfy(row -> assertThat(row).containsEntry("qid", hoa.qid()).containsEntry("scope", "feedback:handle"));

        JsonNode taken = post(officials, QUEUE + "/" + trackingNumber + "/assign", "{}");
        assertThat(taken.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(taken.path("assignee").asString()).isEqualTo(app.clientId());
        assertThat(reportsOf(hoa).get(0).path("status").asString()).isEqualTo("IN_PROGRESS");

        JsonNode answered = post(officials, QUEUE + "/" + trackingNumber + "/answer",
                json(Map.of("text", "Đã cập nhật mũi 2; thẻ của bạn nay màu xanh.")));
        assertThat(answered.path("status").asString()).isEqualTo("ANSWERED");
        JsonNode mine = reportsOf(hoa).get(0);
        assertThat(mine.path("status").asString()).isEqualTo("ANSWERED");
        assertThat(mine.path("answer").path("text").asString()).isEqualTo("Đã cập nhật mũi 2; thẻ của bạn nay màu xanh.");
        assertThat(mine.path("answer").path("answeredAt").asString()).isNotBlank();
        assertThat(awaitSms(TestPeople.phoneOf(hoa.person().documentNumber()), trackingNumber))
                .as("the SMS names the report, never the answer").doesNotContain("thẻ của bạn");

        JsonNode closed = post(officials, QUEUE + "/" + trackingNumber + "/close", null);
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        HttpResponse<String> again = TestClients.send(port, "POST", QUEUE + "/" + trackingNumber + "/answer", officials,
                json(Map.of("text", "Lần nữa")));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(type(again)).isEqualTo("https://qrqg.vn/problems/feedback-closed");
    }

    @Test
    void aReportAboutAVenueGoesToTheVenuesProvinceWithTheVenuesEarlierReports() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        String commune = someCommuneOf(NGHE_AN);
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Chợ Vinh", "MARKET", NGHE_AN, commune);
        String first = reported(hoa, "VENUE_NOT_COMPLYING", "Không quét mã ở cổng", Map.of("venueCode", venue.venueCode()));
        String second = reported(citizenOf(QUANG_TRI), "VENUE_NOT_COMPLYING", "Vẫn không quét mã",
                Map.of("venueCode", venue.venueCode()));
        String ngheAn = officials(NGHE_AN);
        String quangTri = officials(QUANG_TRI);

        JsonNode report = get(ngheAn, QUEUE + "/" + second);
        assertThat(report.path("provinceCode").asString()).as("the venue's, not the person's").isEqualTo(NGHE_AN);
        assertThat(report.path("venue").path("name").asString()).isEqualTo("Chợ Vinh");
        assertThat(report.path("previousReports").valueStream().map(r -> r.path("trackingNumber").asString()))
                .containsExactly(first);
        assertThat(find(get(ngheAn, QUEUE + "?venueCode=" + venue.venueCode()), first)).isNotNull();

        HttpResponse<String> elsewhere = TestClients.send(port, "GET", QUEUE + "/" + second, quangTri, null);
        assertThat(elsewhere.statusCode()).as("as if it did not exist").isEqualTo(404);
        assertThat(type(elsewhere)).isEqualTo("https://qrqg.vn/problems/feedback-not-found");
        assertThat(get(quangTri, QUEUE + "?size=200").path("items").valueStream()
                .map(r -> r.path("trackingNumber").asString())).doesNotContain(first, second);
        assertThat(TestClients.send(port, "POST", QUEUE + "/" + second + "/answer", quangTri,
                json(Map.of("text", "x"))).statusCode()).isEqualTo(404);

        String named = reported(hoa, "OTHER", "Ở xã khác", Map.of("communeCode", commune));
        assertThat(get(ngheAn, QUEUE + "/" + named).path("provinceCode").asString()).as("the commune's").isEqualTo(NGHE_AN);
    }

    @Test
    void anAppLimitedToCategoriesSeesOnlyThose() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        String card = reported(hoa, "WRONG_COVID_CARD", "Thẻ sai màu", Map.of());
        String app = reported(hoa, "APP_PROBLEM", "Ứng dụng lỗi", Map.of());
        TestClients.CertifiedApp officials = officialsApp(QUANG_TRI);
        HttpResponse<String> limited = TestClients.send(port, "PUT", "/api/v1/admin/feedback/apps/" + officials.appId()
                + "/categories", TestClients.adminToken(port), json(Map.of("categories", List.of("APP_PROBLEM"))));
        assertThat(limited.statusCode()).as(limited.body()).isEqualTo(200);
        assertThat(TestClients.json(limited.body()).path("categories").valueStream().map(JsonNode::asString))
                .containsExactly("APP_PROBLEM");
        String token = officials.token(port, Scopes.FEEDBACK_HANDLE);

        assertThat(TestClients.send(port, "GET", QUEUE + "/" + card, token, null).statusCode()).isEqualTo(404);
        assertThat(get(token, QUEUE + "/" + app).path("category").asString()).isEqualTo("APP_PROBLEM");
        assertThat(get(token, QUEUE + "?size=200").path("items").valueStream().map(r -> r.path("category").asString())
                .distinct()).containsExactly("APP_PROBLEM");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long audited = 0;
        while (audited == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            audited = jdbc.sql("select count(*) from audit_admin_action where action = 'FeedbackCategoriesLimited' and "
                    + "subjects @> array[:app]::text[]").param("app", officials.appId()).query(Long.class).single();
        }
        assertThat(audited).as("an admin action, from the outbox").isEqualTo(1);

        HttpResponse<String> wrong = TestClients.send(port, "PUT", "/api/v1/admin/feedback/apps/" + officials.appId()
                + "/categories", TestClients.adminToken(port), json(Map.of("categories", List.of("GOSSIP"))));
        assertThat(wrong.statusCode()).isEqualTo(400);
    }

    @Test
    void onlyOfficialsHandleFeedback() throws Exception {
        String tracker = reported(citizenOf(QUANG_TRI), "OTHER", "x", Map.of());
        String scanner = TestClients.certifiedApp(port, Scopes.SCAN_HEALTH).token(port, Scopes.SCAN_HEALTH);
        assertThat(TestClients.send(port, "GET", QUEUE, scanner, null).statusCode()).isEqualTo(403);
        assertThat(TestClients.send(port, "GET", QUEUE + "/" + tracker, scanner, null).statusCode()).isEqualTo(403);
        assertThat(TestClients.send(port, "GET", QUEUE, null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> badSort = TestClients.send(port, "GET", QUEUE + "?sort=name", officials(), null);
        assertThat(badSort.statusCode()).isEqualTo(400);
        assertThat(badSort.body()).contains("sort");
    }

    @Test
    void aReportPastItsDueDateStandsOutUntilAnswered() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        String late = reported(hoa, "OTHER", "Chưa ai trả lời", Map.of());
        String officials = officials(QUANG_TRI);
        jdbc.sql("update feedback_report set due_at = now() - interval '1 hour' where tracking_number = :tn")
                .param("tn", late).update();

        JsonNode overdue = get(officials, QUEUE + "?overdue=true&size=200");
        assertThat(find(overdue, late).path("overdue").asBoolean()).isTrue();
        post(officials, QUEUE + "/" + late + "/answer", json(Map.of("text", "Xin lỗi vì chậm trễ")));
        assertThat(get(officials, QUEUE + "?overdue=true&size=200").path("items").valueStream()
                .map(r -> r.path("trackingNumber").asString())).doesNotContain(late);
        assertThat(get(officials, QUEUE + "/" + late).path("overdue").asBoolean()).isFalse();
    }

    @Test
    void theAdminSeesCountsPerWeekProvinceAndCategory() throws Exception {
        reported(citizenOf(QUANG_TRI), "WRONG_PERSONAL_DATA", "Sai ngày sinh", Map.of());
        JsonNode counts = TestClients.json(TestClients.send(port, "GET", "/api/v1/admin/feedback/counts",
                TestClients.adminToken(port), null).body());
        assertThat(counts.path("items").valueStream().filter(i -> QUANG_TRI.equals(i.path("provinceCode").asString())
                && "WRONG_PERSONAL_DATA".equals(i.path("category").asString())).mapToLong(i -> i.path("count").asLong())
                .sum()).isPositive();
        assertThat(TestClients.send(port, "GET", "/api/v1/admin/feedback/counts?from=2026-13-01",
                TestClients.adminToken(port), null).statusCode()).isEqualTo(400);
    }

    private JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "GET", path, token, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body());
    }

    private JsonNode post(String token, String path, String body) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "POST", path, token, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body());
    }

    private static JsonNode find(JsonNode queue, String trackingNumber) {
        return queue.path("items").valueStream().filter(r -> trackingNumber.equals(r.path("trackingNumber").asString()))
                .findFirst().orElseThrow(() -> new AssertionError(trackingNumber + " not in " + queue));
    }

    /** The SMS sent to the phone that names the tracking number, once the outbox's listener sent it. */
    private String awaitSms(String phone, String trackingNumber) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            String found = jdbc.sql("select text from sms_outbox where phone = :phone and text like :tn")
                    .param("phone", phone).param("tn", "%" + trackingNumber + "%").query(String.class).optional()
                    .orElse(null);
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no SMS about " + trackingNumber);
    }
}
