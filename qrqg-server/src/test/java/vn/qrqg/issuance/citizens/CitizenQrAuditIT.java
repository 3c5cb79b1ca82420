package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople.Person;

/** Every answer that carries a person's QR is in the audit: the issuance, /me, the images. */
class CitizenQrAuditIT extends CitizensTestSupport {

    @Test
    void issuingAndTheHoldersReadsAreAuditedWithWhatWentOut() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.QR_ISSUE);
        String token = app.token(port, Scopes.QR_ISSUE);
        Person person = registered("Hoàng Thị Lan", 1926, Gender.FEMALE);
        JsonNode issued = issued(token, person.body(null));
        String qid = issued.path("qid").asString();
        String holder = issued.path("holderToken").asString();

        assertThat(asHolder("GET", "/api/v1/citizens/me", token, holder).statusCode()).isEqualTo(200);
        assertThat(asHolder("GET", "/api/v1/qr/" + qid + ".png?form=full", token, holder).statusCode()).isEqualTo(200);

        HttpResponse<String> audit = TestClients.send(port, "GET", "/api/v1/admin/audit?qid=" + qid,
                TestClients.adminToken(port), null);
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        List<String> records = new ArrayList<>();
        TestClients.json(audit.body()).path("items").forEach(item -> {
            assertThat(item.path("clientId").asString()).isEqualTo(app.clientId());
            List<String> fields = new ArrayList<>();
            item.path("fields").forEach(field -> fields.add(field.asString()));
            records.add(item.path("purpose").asString() + " " + item.path("outcome").asString() + " " + fields);
        });
        assertThat(records).containsExactly(
                "GET /api/v1/qr/{qid}.png READ [qr.full]",
                "GET /api/v1/citizens/me READ [qid, qr.masked, qr.full]",
                "POST /api/v1/citizens/qr/challenges/{challengeId} ISSUED_FOR_CODE [qid, qr.masked, qr.full]");
    }
}
