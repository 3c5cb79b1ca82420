package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.revocation.RevocationList;
import vn.qrqg.codec.revocation.RevocationLists;
import vn.qrqg.codec.scan.ScanClassifier;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.issuance.QrIssued;
import vn.qrqg.issuance.QrRevoked;

/**
 * Revoking one person's QR (issue 21): a person reports a lost phone, gets a new QR at once, and
 * the old one is refused online and by an offline scanner that synced its key's revocation list.
 */
@RecordApplicationEvents
class QrRevocationIT extends CitizensTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QrRevocations revocations;

    @Autowired
    ApplicationEvents events;

    @Autowired
    RevocationListBackfill backfill;

    private String app;

    @BeforeEach
    void aCertifiedIssuer() throws Exception {
        app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
    }

    @Test
    void aLostPhonesQrIsRefusedOnlineAndByAnOfflineScannerThatSyncedItsList() throws Exception {
        JsonNode lost = issued(app, registered("Lương Thị Hoa", 1961, Gender.FEMALE).body(null));
        String qid = lost.path("qid").asString();
        String kid = lost.path("kid").asString();
        RevocationList synced = revocationList(kid, null); // the scanner's list before the phone was lost

        HttpResponse<String> answer = revoke(qid, lost.path("holderToken").asString(), "LOST_DEVICE");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode revoked = TestClients.json(answer.body());
        assertThat(revoked.path("revoked").path("version").asInt()).isEqualTo(1);
        assertThat(revoked.path("revoked").path("reason").asString()).isEqualTo("LOST_DEVICE");
        assertThat(revoked.path("current").path("version").asInt()).isEqualTo(2);
        String fresh = revoked.path("current").path("qr").path("full").asString();
        assertThat(unsigned(fresh)).as("the same content, signed again").isEqualTo(unsigned(lost.path("qr").path("full").asString()));
        assertThat(json(asHolder("GET", "/api/v1/citizens/me", app, lost.path("holderToken").asString()))
                .path("qr").path("full").asString()).isEqualTo(fresh);
        // online
        assertThat(scannedByThePlatform(lost.path("qr").path("full").asString())).isEqualTo("REVOKED");
        assertThat(scannedByThePlatform(lost.path("qr").path("masked").asString())).isEqualTo("REVOKED");
        assertThat(scannedByThePlatform(fresh)).isEqualTo("VALID");
        // offline: the JWKS announces a newer list, the scanner fetches the delta since its counter
        TrustList keys = TrustList.fromJwks(get("/.well-known/jwks.json").body());
        assertThat(keys.crlVersion(kid).orElseThrow()).isGreaterThan(synced.crlVersion());
        RevocationList delta = revocationList(kid, synced.crlVersion());
        assertThat(delta.size()).as("both forms of the lost version").isEqualTo(2);
        ScanClassifier offline = new ScanClassifier(keys, List.of("http://localhost"),
                RevocationLists.of(List.of(synced, delta)));
        assertThat(offline.classify(lost.path("qr").path("full").asString()).outcome()).isEqualTo(ScanOutcome.REVOKED);
        assertThat(offline.classify(lost.path("qr").path("masked").asString()).outcome()).isEqualTo(ScanOutcome.REVOKED);
        assertThat(offline.classify(fresh).outcome()).isEqualTo(ScanOutcome.VALID);
        assertThat(new ScanClassifier(keys, List.of("http://localhost"), RevocationLists.of(List.of(revocationList(kid, null))))
                .classify(lost.path("qr").path("full").asString()).outcome()).as("a whole list, fetched afresh")
                .isEqualTo(ScanOutcome.REVOKED);
        assertThat(scannedByThePlatform(otherSpelling(lost.path("qr").path("full").asString())))
                .as("re-encoded as (r, n - s): no stored copy, the same list entry").isEqualTo("REVOKED");
        assertThat(offline.classify(otherSpelling(lost.path("qr").path("full").asString())).outcome())
                .isEqualTo(ScanOutcome.REVOKED);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long audited = 0;
        while (audited == 0 && System.nanoTime() < deadline) { // the audit shares commits: a few milliseconds
            Thread.sleep(50);
            audited = jdbc.sql("select count(*) from audit_record where qid = :q and purpose = :p and outcome = 'REVOKED'")
                    .param("q", qid).param("p", QrRevocations.HOLDER_PURPOSE).query(Long.class).single();
        }
        assertThat(audited).isEqualTo(1);
    }

    /** The same QR with s replaced by n - s: ECDSA's other valid signature, which anyone can make without the key. */
    private static String otherSpelling(String qr) {
        java.math.BigInteger n = new java.math.BigInteger(
                "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
        byte[] raw = java.util.Base64.getUrlDecoder().decode(qr.substring(qr.length() - 86));
        byte[] s = n.subtract(new java.math.BigInteger(1, java.util.Arrays.copyOfRange(raw, 32, 64))).toByteArray();
        java.util.Arrays.fill(raw, 32, 64, (byte) 0);
        int length = Math.min(s.length, 32);
        System.arraycopy(s, s.length - length, raw, 64 - length, length);
        return qr.substring(0, qr.length() - 86) + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    @Test
    void aSupersededVersionIsOnItsKeysListAsSuperseded() throws Exception {
        vn.qrqg.identity.TestPeople.Person tai = registered("Lương Văn Tài", 1962, Gender.MALE);
        JsonNode first = issued(app, tai.body(null));
        JsonNode second = reissuedByHolder(app, first, tai.body("\"phone\":\"0912000111\""));
        assertThat(second.path("qr").path("full").asString()).isNotEqualTo(first.path("qr").path("full").asString());

        TrustList keys = TrustList.fromJwks(get("/.well-known/jwks.json").body());
        RevocationList list = revocationList(first.path("kid").asString(), null);
        ScanClassifier offline = new ScanClassifier(keys, List.of("http://localhost"), RevocationLists.of(List.of(list)));

        assertThat(offline.classify(first.path("qr").path("full").asString()).outcome()).isEqualTo(ScanOutcome.SUPERSEDED);
        assertThat(offline.classify(second.path("qr").path("full").asString()).outcome()).isEqualTo(ScanOutcome.VALID);
    }

    @Test
    void versionsSupersededBeforeTheListsExistedAreListedAtStartUp() throws Exception {
        vn.qrqg.identity.TestPeople.Person hung = registered("Lương Văn Hùng", 1968, Gender.MALE);
        JsonNode first = issued(app, hung.body(null));
        reissuedByHolder(app, first, hung.body("\"phone\":\"0912000222\""));
        String kid = first.path("kid").asString();
        long id = vn.qrqg.codec.revocation.RevocationId.value(PersonalQr.parse(first.path("qr").path("full").asString()).signature());
        // as V37 left a version superseded before it: no entries, not listed
        jdbc.sql("delete from issuance_revocation_entry where kid = :kid and entry_id = :id").param("kid", kid).param("id", id)
                .update();
        jdbc.sql("update issuance_qr set listed = false where qid = :q and version = 1").param("q", first.path("qid").asString())
                .update();

        backfill.listSupersededVersions();

        TrustList keys = TrustList.fromJwks(get("/.well-known/jwks.json").body());
        ScanClassifier offline = new ScanClassifier(keys, List.of("http://localhost"),
                RevocationLists.of(List.of(revocationList(kid, null))));
        assertThat(offline.classify(first.path("qr").path("full").asString()).outcome()).isEqualTo(ScanOutcome.SUPERSEDED);
        assertThat(jdbc.sql("select count(*) from issuance_qr where not listed").query(Long.class).single()).isZero();
    }

    @Test
    void aStrangerWithOnlyThePrintedQrOrAnotherPersonsTokenCannotRevokeIt() throws Exception {
        JsonNode victim = issued(app, registered("Lương Thị Nga", 1963, Gender.FEMALE).body(null));
        String qid = PersonalQr.parse(victim.path("qr").path("masked").asString()).qid().value(); // printed on the QR
        String strangersApp = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode stranger = issued(strangersApp, registered("Lương Văn Mạnh", 1964, Gender.MALE).body(null));
        String path = "/api/v1/citizens/" + qid + "/qr/revocation";
        String body = "{\"reason\":\"LOST_DEVICE\"}";

        assertThat(TestClients.send(port, "POST", path, null, body).statusCode()).isEqualTo(401);
        assertThat(problem(TestClients.send(port, "POST", path, strangersApp, body))).isEqualTo("holder-token-required");
        assertThat(problem(postAsHolder(path, strangersApp, stranger.path("holderToken").asString(), body)))
                .as("the stranger's own holder token").isEqualTo("not-the-holder");
        assertThat(problem(postAsHolder(path, strangersApp, victim.path("holderToken").asString(), body)))
                .as("the victim's token, but another app's").isEqualTo("invalid-holder-token");
        assertThat(problem(postAsHolder(path, strangersApp, "qh_" + "A".repeat(43), body))).isEqualTo("invalid-holder-token");
        assertThat(problem(TestClients.send(port, "POST", "/api/v1/admin/citizens/" + qid + "/qr/revocation",
                strangersApp, body))).isEqualTo("insufficient-scope");

        assertThat(scannedByThePlatform(victim.path("qr").path("full").asString())).isEqualTo("VALID");
        assertThat(jdbc.sql("select count(*) from issuance_qr where qid = :q").param("q", qid).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theHolderMayNotClaimFraudAndIsLimitedPerDay() throws Exception {
        JsonNode person = issued(app, registered("Lương Thị Cúc", 1965, Gender.FEMALE).body(null));
        String qid = person.path("qid").asString();
        String token = person.path("holderToken").asString();

        HttpResponse<String> fraud = revoke(qid, token, "FRAUD");
        assertThat(fraud.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(fraud.body()).path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(revoke(qid, token, "BORED").statusCode()).isEqualTo(400);
        assertThat(revoke(qid, token, null).statusCode()).isEqualTo(400);
        for (String reason : List.of("LOST_DEVICE", "STOLEN", "OTHER")) {
            assertThat(revoke(qid, token, reason).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> fourth = revoke(qid, token, "LOST_DEVICE");

        assertThat(problem(fourth)).isEqualTo("too-many-revocations");
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
        assertThat(jdbc.sql("select count(*) from issuance_qr where qid = :q").param("q", qid).query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void anOperatorRevokesForFraudAndTheEventsFollowInOneTransaction() throws Exception {
        JsonNode person = issued(app, registered("Lương Văn Dũng", 1966, Gender.MALE).body(null));
        String qid = person.path("qid").asString();

        HttpResponse<String> answer = TestClients.send(port, "POST", "/api/v1/admin/citizens/" + qid + "/qr/revocation",
                TestClients.adminToken(port), "{\"reason\":\"FRAUD\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(scannedByThePlatform(person.path("qr").path("full").asString())).isEqualTo("REVOKED");
        assertThat(problem(TestClients.send(port, "POST", "/api/v1/admin/citizens/162979388586171104/qr/revocation",
                TestClients.adminToken(port), "{\"reason\":\"FRAUD\"}"))).isEqualTo("citizen-qr-not-found");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long reported = 0;
        while (reported == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            reported = jdbc.sql("select count(*) from audit_admin_action where action = 'QrRevokedByOperator' and summary like "
                    + "'%FRAUD%' and subjects[1] = :kid").param("kid", person.path("kid").asString()).query(Long.class).single();
        }
        assertThat(reported).as("an admin action without the QID").isGreaterThanOrEqualTo(1);

        events.clear();
        RevokedCitizenQr again = revocations.revokeAsOperator(new CallingClient(UUID.randomUUID(), "operator-test",
                Set.of(Scopes.ADMIN)), qid, new QrRevocationRequest("FRAUD"));
        assertThat(events.stream(QrRevoked.class)).singleElement().satisfies(event -> {
            assertThat(event.qid().value()).isEqualTo(qid);
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.reason()).isEqualTo("FRAUD");
        });
        assertThat(events.stream(QrIssued.class)).singleElement().satisfies(event -> assertThat(event.version()).isEqualTo(3));
        assertThat(again.current().version()).isEqualTo(3);
    }

    @Test
    void theListIsPublicCacheableCompressedAndNamesNoPerson() throws Exception {
        JsonNode person = issued(app, registered("Lương Thị Lan", 1967, Gender.FEMALE).body(null));
        String kid = person.path("kid").asString();
        assertThat(revoke(person.path("qid").asString(), person.path("holderToken").asString(), "STOLEN").statusCode())
                .isEqualTo(200);

        HttpResponse<String> whole = get(RevocationsPath.of(kid));
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Cache-Control").orElse("")).contains("public");
        assertThat(whole.body()).doesNotContain(person.path("qid").asString()).contains("\"kid\":\"" + kid + "\"");
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + RevocationsPath.of(kid))).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        HttpResponse<byte[]> gzipped = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + RevocationsPath.of(kid))).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            assertThat(RevocationList.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).kid())
                    .isEqualTo(kid);
        }
        assertThat(get(RevocationsPath.of("AAAAAAAA")).statusCode()).isEqualTo(404);
        assertThat(get(RevocationsPath.of(kid) + "?since=-1").statusCode()).isEqualTo(400);
        assertThat(RevocationList.parse(get(RevocationsPath.of(kid) + "?since=999999999").body()).size()).isZero();
    }

    private HttpResponse<String> revoke(String qid, String holderToken, String reason) throws Exception {
        return postAsHolder("/api/v1/citizens/" + qid + "/qr/revocation", app, holderToken,
                reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}");
    }

    private RevocationList revocationList(String kid, Long since) throws Exception {
        HttpResponse<String> list = get(RevocationsPath.of(kid) + (since == null ? "" : "?since=" + since));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return RevocationList.parse(list.body());
    }

    private String scannedByThePlatform(String qr) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "POST", "/api/v1/scans",
                tokenOfCertifiedApp(Scopes.SCAN_POLICE), "{\"text\":\"" + qr + "\"}"); // no '"' or '\\' in a QR
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body()).path("outcome").asString();
    }

    private static String problem(HttpResponse<String> response) {
        String type = TestClients.json(response.body()).path("type").asString();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private static String unsigned(String text) {
        return text.substring(0, text.lastIndexOf('<') + 1);
    }

    /** Where a key's list is published. */
    private static final class RevocationsPath {
        static String of(String kid) {
            return "/.well-known/qr-revocations/" + kid;
        }
    }
}
