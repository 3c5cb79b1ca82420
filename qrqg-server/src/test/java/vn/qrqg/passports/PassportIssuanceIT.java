package vn.qrqg.passports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.cli.QrqgCommand;
import vn.qrqg.clients.TestClients;
import vn.qrqg.dcc.DccDecoder;
import vn.qrqg.dcc.RevocationHashes;
import vn.qrqg.dcc.Uvci;

/**
 * The passport's three steps over HTTP, as Decision 5772 has them: the traveller asks, the site of
 * their last dose approves, the department signs; the traveller reads the HC1 and prints the PDF,
 * whose QR verifies with the CLI against the published trust list alone. Rejection and revocation
 * reach the traveller with their reason.
 */
class PassportIssuanceIT extends PassportTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTravellersPassportGoesThroughItsSiteAndTheDepartmentAndItsPrintedQrVerifies() throws Exception {
        String site = newSite();
        Traveller traveller = traveller("Lê Khả Hân", 1990);
        dose(traveller.person(), "2021-08-01", 1, "EU/1/20/1528", "Another site");
        dose(traveller.person(), "2021-09-01", 2, "EU/1/20/1528", site);

        JsonNode request = requested(traveller);
        String id = request.path("id").asString();
        assertThat(request.path("status").asString()).isEqualTo("AWAITING_SITE");
        assertThat(request.path("site").asString()).as("the last dose's site checks it").isEqualTo(site);
        assertThat(Uvci.problem(request.path("uvci").asString())).isEmpty();

        String otherSite = siteApp(newSite());
        assertThat(listed(otherSite)).doesNotContain(id);
        HttpResponse<String> refused = decide(otherSite, id, "site-decision", "{\"decision\":\"APPROVE\"}");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(TestClients.json(refused.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/passport-not-found");

        String department = department();
        assertThat(listed(department)).as("not before its site approved").doesNotContain(id);
        HttpResponse<String> early = decide(department, id, "signature", "{\"decision\":\"SIGN\"}");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(TestClients.json(early.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/passport-not-awaiting");
        assertThat(TestClients.json(early.body()).path("status").asString()).isEqualTo("AWAITING_SITE");

        String ownSite = siteApp(site);
        HttpResponse<String> list = TestClients.send(port, "GET", PASSPORTS, ownSite, null);
        JsonNode item = TestClients.json(list.body()).path("items").get(0);
        assertThat(item.path("id").asString()).isEqualTo(id);
        assertThat(item.path("fullName").asString()).isEqualTo("Lê Khả Hân");
        assertThat(item.path("lot").asString()).isEqualTo("FK2234");
        assertThat(item.path("doseNumber").asInt()).isEqualTo(2);
        assertThat(item.path("date").asString()).isEqualTo("2021-09-01");
        HttpResponse<String> approved = decide(ownSite, id, "site-decision", "{\"decision\":\"APPROVE\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(TestClients.json(approved.body()).path("status").asString()).isEqualTo("AWAITING_SIGNATURE");
        assertThat(decide(ownSite, id, "site-decision", "{\"decision\":\"APPROVE\"}").statusCode())
                .as("deciding twice").isEqualTo(409);

        assertThat(listed(department)).contains(id);
        HttpResponse<String> signed = decide(department, id, "signature", "{\"decision\":\"SIGN\"}");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(TestClients.json(signed.body()).path("status").asString()).isEqualTo("ISSUED");
        assertThat(decide(department, id, "signature", "{\"decision\":\"SIGN\"}").statusCode()).isEqualTo(409);

        JsonNode passport = own(traveller, id);
        String hc1 = passport.path("hc1").asString();
        assertThat(passport.path("status").asString()).isEqualTo("ISSUED");
        assertThat(hc1).startsWith("HC1:");
        assertThat(Duration.between(OffsetDateTime.parse(passport.path("validFrom").asString()),
                OffsetDateTime.parse(passport.path("validUntil").asString()))).isEqualTo(Duration.ofDays(365));
        var certificate = DccDecoder.decode(hc1).certificate();
        assertThat(certificate.entry().path("ci").asText()).isEqualTo(request.path("uvci").asString());
        assertThat(certificate.entry().path("dn").asInt()).isEqualTo(2);
        assertThat(certificate.entry().path("mp").asText()).isEqualTo("EU/1/20/1528");
        assertThat(certificate.payload().path("nam").path("fnt").asText()).isEqualTo("LE");

        HttpResponse<byte[]> pdf = asHolder("GET", traveller.passports() + "/" + id + "/pdf", traveller.app(),
                traveller.holderToken());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        PassportScans.Scan scan = PassportScans.scan(pdf.body());
        assertThat(scan.decoded()).isEqualTo(hc1);
        assertThat(scan.symbolSideCm()).isGreaterThanOrEqualTo(5.0);
        assertThat(scan.text()).contains("Lê Khả Hân", "Mã chứng nhận / Certificate identifier",
                request.path("uvci").asString());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = QrqgCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "dcc", "verify",
                "--trust-list", "http://127.0.0.1:" + port + "/.well-known/dcc/trust-list.json", "--image",
                scan.png().toString());
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).startsWith("VALID");

        assertThat(auditOf(traveller.qid())).contains(
                "POST /api/v1/citizens/{qid}/passports  PASSPORT_REQUESTED",
                "GET /api/v1/passports/requests dcc:site READ",
                "POST /api/v1/passports/requests/{id}/site-decision dcc:site PASSPORT_APPROVED",
                "GET /api/v1/passports/requests dcc:sign READ",
                "POST /api/v1/passports/requests/{id}/signature dcc:sign PASSPORT_ISSUED",
                "GET /api/v1/citizens/{qid}/passports/{id}  READ",
                "GET /api/v1/citizens/{qid}/passports/{id}/pdf  READ");
    }

    @Test
    void aRejectionReachesTheTravellerWithItsReasonAndTheyMayAskAgain() throws Exception {
        String site = newSite();
        Traveller traveller = traveller("Trần Thị Bình", 1985);
        dose(traveller.person(), "2021-10-01", 1, "EU/1/20/1525", site);
        String id = requested(traveller).path("id").asString();

        HttpResponse<String> rejected = decide(siteApp(site), id, "site-decision",
                "{\"decision\":\"REJECT\",\"reason\":\"Số lô không khớp sổ tiêm của trạm\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

        JsonNode mine = json(asHolder("GET", traveller.passports(), traveller.app(), traveller.holderToken()));
        JsonNode first = mine.path("items").get(0);
        assertThat(first.path("status").asString()).isEqualTo("REJECTED");
        assertThat(first.path("reason").asString()).isEqualTo("Số lô không khớp sổ tiêm của trạm");
        assertThat(first.path("decidedAt").isNull()).isFalse();
        assertThat(own(traveller, id).path("hc1").isNull()).isTrue();
        assertThat(asHolder("GET", traveller.passports() + "/" + id + "/pdf", traveller.app(), traveller.holderToken())
                .statusCode()).as("nothing to print").isEqualTo(404);
        assertThat(request(traveller).statusCode()).as("a rejected request is no longer open").isEqualTo(201);
    }

    @Test
    void aRevokedPassportShowsWhyAndItsHashesArePublished() throws Exception {
        String site = newSite();
        Traveller traveller = traveller("Phạm Minh Châu", 1979);
        dose(traveller.person(), "2021-11-01", 3, "EU/1/20/1507", site);
        String id = requested(traveller).path("id").asString();
        assertThat(decide(siteApp(site), id, "site-decision", "{\"decision\":\"APPROVE\"}").statusCode()).isEqualTo(200);
        String department = department();
        assertThat(decide(department, id, "signature", "{\"decision\":\"SIGN\"}").statusCode()).isEqualTo(200);
        String hc1 = own(traveller, id).path("hc1").asString();

        HttpResponse<String> revoked = TestClients.send(port, "POST", "/api/v1/passports/" + id + "/revocation", department,
                "{\"reason\":\"Hồ sơ tiêm bị nhập trùng\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(TestClients.send(port, "POST", "/api/v1/passports/" + id + "/revocation", department,
                "{\"reason\":\"again\"}").statusCode()).isEqualTo(409);

        JsonNode passport = own(traveller, id);
        assertThat(passport.path("status").asString()).isEqualTo("REVOKED");
        assertThat(passport.path("reason").asString()).isEqualTo("Hồ sơ tiêm bị nhập trùng");
        assertThat(passport.path("hc1").isNull()).isTrue();

        String list = get("/.well-known/dcc/revocation-list.json").body();
        Map<RevocationHashes.Type, byte[]> hashes = RevocationHashes.of(DccDecoder.decode(hc1).certificate());
        for (byte[] hash : hashes.values()) {
            assertThat(list).contains(Base64.getEncoder().encodeToString(hash));
        }
    }

    private List<String> auditOf(String qid) {
        return jdbc.sql("select purpose, coalesce(scope, '') as scope, outcome from audit_record where qid = :qid")
                .param("qid", qid).query((rs, n) -> rs.getString("purpose") + " " + rs.getString("scope") + " "
                        + rs.getString("outcome")).list();
    }
}
