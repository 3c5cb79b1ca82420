package vn.qrqg.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;

/**
 * "Who saw my data": after a police check and a café visit, a citizen's log lists both, newest first,
 * in plain words of their language, and nothing else: not their own app's reads, not their own issuance,
 * not the reading of the log itself.
 */
class AccessLogIT extends AccessLogTestSupport {

    @Test
    void afterAPoliceCheckAndACafeVisitTheLogListsBothInPlainWordsAndNothingElse() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        String police = policeScanner("Công an phường Đông Hà");
        TestVenue cafe = venue("RESTAURANT");
        scanned(police, hoa.fullQr());
        assertThat(staffCheckIn(cafe.staffToken(), hoa.maskedQr(), "IN").statusCode()).isEqualTo(201);
        // the person's own app reads for them: none of it is shown
        assertThat(asHolder("GET", "/api/v1/citizens/me", visitorsApp().token(port, Scopes.QR_ISSUE),
                hoa.holderToken()).statusCode()).isEqualTo(200);
        assertThat(asHolder("GET", "/api/v1/citizens/" + hoa.qid() + "/covid-card",
                visitorsApp().token(port, Scopes.QR_ISSUE), hoa.holderToken()).statusCode()).isEqualTo(200);
        logOf(hoa, "vi");

        JsonNode vi = logOf(hoa, "vi");
        assertThat(vi.path("total").asLong()).isEqualTo(2);
        assertThat(vi.path("page").asInt()).isZero();
        JsonNode visit = vi.path("items").get(0);
        JsonNode check = vi.path("items").get(1);
        assertThat(vi.path("items")).hasSize(2);
        String cafeName = venueName(cafe.code());
        assertThat(visit.path("reader").path("kind").asString()).isEqualTo("VENUE");
        assertThat(visit.path("reader").path("name").asString()).isEqualTo(cafeName);
        assertThat(visit.path("reader").path("venue").path("code").asString()).isEqualTo(cafe.code());
        assertThat(visit.path("reader").path("operator").isNull()).as("the venue names its scanner").isTrue();
        assertThat(visit.path("purpose").path("words").asString()).isEqualTo("Quét mã khi vào hoặc ra địa điểm");
        assertThat(words(visit.path("fields"))).containsExactly("họ tên rút gọn", "năm sinh", "thẻ COVID");
        assertThat(check.path("reader").path("kind").asString()).isEqualTo("OFFICIAL");
        assertThat(check.path("reader").path("name").asString()).isEqualTo("Công an phường Đông Hà");
        assertThat(check.path("reader").path("operator").asString()).isEqualTo("Bộ Công an");
        assertThat(check.path("reader").path("scopeWords").asString()).isEqualTo("quét mã của công an: xem giấy tờ tùy thân");
        assertThat(check.path("purpose").path("words").asString()).isEqualTo("Công an kiểm tra giấy tờ");
        assertThat(words(check.path("fields"))).contains("họ tên", "ngày sinh", "số căn cước", "địa chỉ");
        assertThat(check.path("outcome").path("words").asString()).isEqualTo("mã hợp lệ");
        assertThat(check.path("at").asString()).as("in Vietnam's time").endsWith("+07:00");
        assertThat(visit.path("at").asString()).isGreaterThanOrEqualTo(check.path("at").asString());
        assertThat(vi.toString()).as("plain words, never the audit's paths").doesNotContain("\"words\":\"GET ")
                .doesNotContain("\"words\":\"POST ");

        JsonNode en = logOf(hoa, "en");
        assertThat(en.path("items")).hasSize(2);
        assertThat(en.path("items").get(0).path("purpose").path("words").asString())
                .isEqualTo("Code scanned on entering or leaving a place");
        assertThat(words(en.path("items").get(0).path("fields"))).containsExactly("short name", "birth year", "COVID card");
        assertThat(en.path("items").get(1).path("purpose").path("words").asString()).isEqualTo("Police identity check");
        assertThat(en.path("items").get(1).path("outcome").path("words").asString()).isEqualTo("valid code");
        assertThat(en.path("items").get(1).path("accessId").asString())
                .isEqualTo(check.path("accessId").asString()).as("a stable reference");
    }

    @Test
    void theLogsReadsAreAuditedButNeverShownBack() throws Exception {
        Visitor lan = citizenOf(QUANG_TRI);
        logOf(lan, "vi");
        JsonNode again = logOf(lan, "en");
        assertThat(again.path("items")).isEmpty();
        assertThat(again.path("total").asLong()).isZero();
        assertThat(asOwner().sql("select count(*) from audit_record where qid = :q and purpose = :p and scope is null")
                .param("q", lan.qid()).param("p", "GET /api/v1/citizens/{qid}/access-log").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void anotherPersonsTokenIsRefusedAndABadPageIsNamed() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        Visitor lan = citizenOf(QUANG_TRI);
        HttpResponse<String> other = accessLog(logPath(hoa), lan.holderToken(), "vi");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(type(other)).endsWith("/not-the-holder");
        assertThat(TestClients.json(other.body()).has("items")).as("nothing of hoa's log").isFalse();

        HttpResponse<String> bad = accessLog(logPath(hoa) + "?page=-1", hoa.holderToken(), "vi");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode error = TestClients.json(bad.body()).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("page");
        assertThat(error.path("message").asString()).isEqualTo("phải là số nguyên từ 0 đến 1000000");
        HttpResponse<String> word = accessLog(logPath(hoa) + "?page=two", hoa.holderToken(), "en");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(word.body()).path("errors").get(0).path("field").asString()).isEqualTo("page");
        assertThat(logOf(hoa, "en").path("size").asInt()).isEqualTo(20);
    }

    private String venueName(String code) throws Exception {
        HttpResponse<String> facts = get("/api/v1/venues/" + code);
        assertThat(facts.statusCode()).as(facts.body()).isEqualTo(200);
        return TestClients.json(facts.body()).path("name").asString();
    }

    private static List<String> words(JsonNode fields) {
        List<String> words = new ArrayList<>();
        fields.forEach(field -> words.add(field.path("words").asString()));
        return words;
    }
}
