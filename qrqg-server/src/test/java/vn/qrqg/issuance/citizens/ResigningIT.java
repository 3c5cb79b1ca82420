package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.scan.ScanClassifier;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.identity.TestPeople.Person;

/** A QR whose key was revoked is signed again with the active key; one whose key was retired is kept. */
class ResigningIT extends CitizensTestSupport {

    @Autowired
    JdbcClient jdbc;

    private String app;

    @BeforeEach
    void aCertifiedIssuer() throws Exception {
        app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
    }

    @Test
    void theNextIssuanceSignsAgainAQrWhoseKeyWasRevoked() throws Exception {
        Person person = registered("Đinh Văn Quang", 1908, Gender.MALE);
        JsonNode before = issued(app, person.body(null));
        String revokedKid = before.path("kid").asString();
        rotateAndRevoke(revokedKid);

        JsonNode after = issued(app, person.body(null));

        assertThat(after.path("kid").asString()).isNotEqualTo(revokedKid).isEqualTo(activeKid());
        assertThat(after.path("qid").asString()).isEqualTo(before.path("qid").asString());
        assertThat(scan(after.path("qr").path("full").asString())).isEqualTo(ScanOutcome.VALID);
        assertThat(scan(after.path("qr").path("masked").asString())).isEqualTo(ScanOutcome.VALID);
        assertThat(scan(before.path("qr").path("full").asString())).isEqualTo(ScanOutcome.REVOKED_KEY);
        // the platform keeps a copy of the revoked QR, which proves it signed it: the key's revocation still
        // wins, once the platform's scans read the keys again (qrqg.scanning.trust-list-refresh-interval, 5 s)
        assertThat(scannedByThePlatformWithin(Duration.ofSeconds(15), before.path("qr").path("full").asString()))
                .isEqualTo("REVOKED_KEY");
        assertThat(scannedByThePlatform(before.path("qr").path("masked").asString())).isEqualTo("REVOKED_KEY");
        assertThat(scannedByThePlatform(after.path("qr").path("masked").asString())).isEqualTo("VALID");
        assertThat(unsigned(after.path("qr").path("full").asString()))
                .isEqualTo(unsigned(before.path("qr").path("full").asString()));
        assertThat(supersededFlags(before.path("qid").asString())).containsExactly(true, false);
    }

    @Test
    void theHoldersAppGetsAQrSignedAgainOnceItsKeyIsRevoked() throws Exception {
        JsonNode before = issued(app, registered("Đinh Thị Yến", 1909, Gender.FEMALE).body("\"phone\":\"0911222333\""));
        rotateAndRevoke(before.path("kid").asString());

        HttpResponse<byte[]> me = asHolder("GET", "/api/v1/citizens/me", app, before.path("holderToken").asString());

        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode own = json(me);
        assertThat(own.path("kid").asString()).isEqualTo(activeKid());
        assertThat(own.path("qr").path("full").asString()).contains("<0911222333<");
        assertThat(scan(own.path("qr").path("full").asString())).isEqualTo(ScanOutcome.VALID);
        assertThat(json(asHolder("GET", "/api/v1/citizens/me", app, before.path("holderToken").asString())).path("qr"))
                .as("signed again once, then kept").isEqualTo(own.path("qr"));
        assertThat(supersededFlags(before.path("qid").asString())).containsExactly(true, false);
    }

    @Test
    void aQrWhoseKeyWasOnlyRetiredIsKept() throws Exception {
        Person person = registered("Đinh Văn Khoa", 1907, Gender.MALE);
        JsonNode before = issued(app, person.body(null));
        admin("/api/v1/admin/keys/rotate");

        JsonNode after = issued(app, person.body(null));

        assertThat(after.path("kid").asString()).isEqualTo(before.path("kid").asString()).isNotEqualTo(activeKid());
        assertThat(after.path("qr")).isEqualTo(before.path("qr"));
        assertThat(scan(after.path("qr").path("full").asString())).isEqualTo(ScanOutcome.VALID);
    }

    /** As the operators do it: a new active key first, then the old one revoked. */
    private void rotateAndRevoke(String kid) throws Exception {
        admin("/api/v1/admin/keys/rotate");
        JsonNode revoked = admin("/api/v1/admin/keys/" + kid + "/revoke");
        assertThat(revoked.path("status").asString()).isEqualTo("revoked");
    }

    private JsonNode admin(String path) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", path, TestClients.adminToken(port), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    private String activeKid() throws Exception {
        return TrustList.fromJwks(get("/.well-known/jwks.json").body()).keys().stream()
                .filter(key -> key.status() == vn.qrqg.codec.signature.KeyStatus.ACTIVE)
                .findFirst().orElseThrow().kid();
    }

    /** What a scanner holding the JWKS the platform serves now makes of {@code qr}. */
    private ScanOutcome scan(String qr) throws Exception {
        TrustList published = TrustList.fromJwks(get("/.well-known/jwks.json").body());
        return new ScanClassifier(published, List.of("http://localhost")).classify(qr).outcome();
    }

    /** The outcome {@code POST /api/v1/scans} answers a police scanner for {@code qr}. */
    private String scannedByThePlatform(String qr) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "POST", "/api/v1/scans",
                tokenOfCertifiedApp(Scopes.SCAN_POLICE), "{\"text\":\"" + qr + "\"}"); // no '"' or '\\' in a QR
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body()).path("outcome").asString();
    }

    /** The outcome once it is {@code REVOKED_KEY}, or the last one {@code within} gave (scans every 200 ms). */
    private String scannedByThePlatformWithin(Duration within, String qr) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        String outcome = scannedByThePlatform(qr);
        while (!"REVOKED_KEY".equals(outcome) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            outcome = scannedByThePlatform(qr);
        }
        return outcome;
    }

    private List<Boolean> supersededFlags(String qid) {
        return jdbc.sql("select superseded_at is not null from issuance_qr where qid = :q order by version")
                .param("q", qid).query(Boolean.class).list();
    }

    private static String unsigned(String text) {
        return text.substring(0, text.lastIndexOf('<') + 1);
    }
}
