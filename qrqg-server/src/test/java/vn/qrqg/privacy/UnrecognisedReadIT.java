package vn.qrqg.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;

/**
 * A person reports a read in their log they do not recognise (UNRECOGNISED_READ with its accessId):
 * only a read their own log shows is taken, anything else is refused alike, and the province's
 * officials see the read with the report.
 */
class UnrecognisedReadIT extends AccessLogTestSupport {

    @Test
    void aReadTheLogShowsIsReportedAndTheOfficialSeesIt() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        scanned(policeScanner("Công an xã Cam Lộ"), hoa.fullQr());
        String accessId = logOf(hoa, "vi").path("items").get(0).path("accessId").asString();

        String trackingNumber = reported(hoa, "UNRECOGNISED_READ", "Tôi không đến đồn công an hôm nay",
                Map.of("accessId", accessId));
        TestClients.CertifiedApp officials = officialsApp(QUANG_TRI);
        HttpResponse<String> answer = TestClients.send(port, "GET", "/api/v1/feedback/" + trackingNumber,
                officials.token(port, Scopes.FEEDBACK_HANDLE), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode report = TestClients.json(answer.body());
        assertThat(report.path("category").asString()).isEqualTo("UNRECOGNISED_READ");
        assertThat(report.path("provinceCode").asString()).as("routed to the person's province").isEqualTo(QUANG_TRI);
        JsonNode read = report.path("read");
        assertThat(read.path("accessId").asString()).isEqualTo(accessId);
        assertThat(read.path("kept").asBoolean()).isTrue();
        assertThat(read.path("reader").path("name").asString()).isEqualTo("Công an xã Cam Lộ");
        assertThat(read.path("reader").path("operator").asString()).isEqualTo("Bộ Công an");
        assertThat(read.path("purpose").path("code").asString()).isEqualTo("POST /api/v1/scans");
        assertThat(read.path("purpose").path("words").asString()).isEqualTo("Police identity check");
        assertThat(read.path("at").asString()).isNotBlank();
        assertThat(read.path("fields").toString()).contains("full name");
    }

    @Test
    void anotherPersonsReadAHiddenOneAndNoneAtAllAreRefusedAlike() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        Visitor lan = citizenOf(QUANG_TRI);
        scanned(policeScanner("Công an phường Đông Lễ"), lan.fullQr());
        String lansRead = logOf(lan, "vi").path("items").get(0).path("accessId").asString();
        long hoasIssuance = asOwner().sql("select id from audit_record where qid = :q and scope = 'qr:issue'")
                .param("q", hoa.qid()).query(Long.class).list().getFirst();

        for (String accessId : new String[] {lansRead, Long.toString(hoasIssuance), "999999999999", "abc"}) {
            HttpResponse<String> refused = submitJson(hoa, Map.of("category", "UNRECOGNISED_READ", "text", "Ai vậy?",
                    "accessId", accessId));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            JsonNode error = TestClients.json(refused.body()).path("errors").get(0);
            assertThat(error.path("field").asString()).isEqualTo("accessId");
            assertThat(error.path("message").asString()).isEqualTo("is not one of the reads in your access log");
        }
        HttpResponse<String> missing = submitJson(hoa, Map.of("category", "UNRECOGNISED_READ", "text", "Ai vậy?"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(missing.body()).path("errors").get(0).path("field").asString()).isEqualTo("accessId");
        assertThat(reportsOf(hoa)).isEmpty();
    }
}
