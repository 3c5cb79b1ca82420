package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.dcc.DccDecoder;
import vn.qrqg.dcc.DccSigningKey;
import vn.qrqg.passports.DccRevocations;
import vn.qrqg.passports.DccSigners;
import vn.qrqg.passports.DccTestCertificates;
import vn.qrqg.passports.DccTestCertificates.EuTestCertificate;
import vn.qrqg.passports.DccTestCertificates.Listed;
import vn.qrqg.platform.TestClock;

/**
 * EU DCCs scanned at the platform ({@code POST /api/v1/scans}, kind {@code DCC}), trusted through
 * the platform's own signers and the foreign trust list the operator imports
 * ({@code /api/v1/admin/dcc/trust-list}).
 */
class DccScanIT extends ScanningTestSupport {
    private static final String TRUST_LIST = "/api/v1/admin/dcc/trust-list";
    private static final EuTestCertificate GERMAN = DccTestCertificates.euTestData("DE-1.json");
    private static final EuTestCertificate DUTCH = DccTestCertificates.euTestData("NL-041-vaccination.json");
    private static final DccSigningKey FRENCH_TEST_SIGNER = DccTestCertificates.newSigner("French test DSC");

    @Autowired
    private DccSigners signers;
    @Autowired
    private DccRevocations revocations;
    @Autowired
    private TestClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void theGermanAndDutchTestCertificatesVerifyByTheImportedListAndHaveExpired() throws Exception {
        imported(new Listed("DE", GERMAN.signer()), new Listed("NL", DUTCH.signer()),
                new Listed("FR", FRENCH_TEST_SIGNER.certificate()));
        for (String scope : List.of(Scopes.SCAN_POLICE, Scopes.SCAN_HEALTH)) {
            String officer = scannerToken(scope);
            JsonNode german = scanned(officer, GERMAN.text());
            assertThat(german.path("format").asString()).isEqualTo("DCC");
            assertThat(german.path("outcome").asString()).isEqualTo("EXPIRED");
            assertThat(german.path("field").asString()).isEqualTo("expiry");
            assertThat(german.path("reason").asString()).isEqualTo("expired at 2022-01-28T07:47:53Z");
            assertThat(german.path("dcc").path("trust").path("source").asString()).isEqualTo("FOREIGN");
            assertThat(german.path("dcc").path("trust").path("country").asString()).isEqualTo("DE");
            assertThat(german.path("dcc").path("familyName").asString()).isEqualTo("Mustermann");
            assertThat(german.path("dcc").path("validity").path("valid").asBoolean()).isFalse();
            assertThat(german.path("dcc").path("validity").path("expiresAt").asString()).isEqualTo("2022-01-28T07:47:53Z");

            JsonNode dutch = scanned(officer, DUTCH.text());
            assertThat(dutch.path("outcome").asString()).isEqualTo("EXPIRED");
            assertThat(dutch.path("field").asString()).isEqualTo("expiry");
            assertThat(dutch.path("dcc").path("trust").path("country").asString()).isEqualTo("NL");
            assertThat(dutch.path("dcc").path("uvci").asString()).isEqualTo("urn:uvci:01:NL:ae9b7327ee6e46c68ea056eb25aba624");
        }
    }

    @Test
    void atTheirOwnValidationClockTheGermanAndDutchCertificatesAreValid() throws Exception {
        imported(new Listed("DE", GERMAN.signer()), new Listed("NL", DUTCH.signer()));
        String officer = scannerToken(Scopes.SCAN_HEALTH);
        for (EuTestCertificate certificate : List.of(GERMAN, DUTCH)) {
            clock.set(certificate.validAt());
            JsonNode answer = scanned(officer, certificate.text());
            assertThat(answer.path("outcome").asString()).as(answer.toString()).isEqualTo("VALID");
            assertThat(answer.path("dcc").path("type").asString()).isEqualTo("VACCINATION");
        }
        JsonNode german = scanned(officer, GERMAN.text()); // the clock still at the Dutch one's, before the German was issued
        assertThat(german.path("outcome").asString()).isEqualTo("EXPIRED");
        assertThat(german.path("reason").asString()).isEqualTo("not valid yet: issued at 2021-05-29T19:21:13Z");
    }

    @Test
    void aCertificateSignedNowByAnImportedSignerIsValidAndEachScopeSeesItsOwnView() throws Exception {
        imported(new Listed("FR", FRENCH_TEST_SIGNER.certificate()));
        String text = DccTestCertificates.vaccination(FRENCH_TEST_SIGNER, "FR", Instant.now());

        JsonNode health = scanned(scannerToken(Scopes.SCAN_HEALTH), text);
        assertThat(health.path("outcome").asString()).isEqualTo("VALID");
        assertThat(health.has("field")).isFalse();
        assertThat(health.has("person")).isFalse();
        JsonNode dcc = health.path("dcc");
        assertThat(keys(dcc)).containsExactly("familyName", "givenName", "standardisedName", "dateOfBirth", "type",
                "vaccination", "test", "recovery", "uvci", "issuingCountry", "issuer", "issuedAt", "trust", "validity");
        assertThat(dcc.path("vaccination").path("product").asString()).isEqualTo("Comirnaty");
        assertThat(dcc.path("vaccination").path("dose").asInt()).isEqualTo(2);
        assertThat(dcc.path("vaccination").path("totalDoses").asInt()).isEqualTo(2);
        assertThat(dcc.path("vaccination").path("date").asString()).isEqualTo("2021-06-01");
        assertThat(dcc.path("vaccination").path("country").asString()).isEqualTo("FR");
        assertThat(dcc.path("issuingCountry").asString()).isEqualTo("FR");
        assertThat(dcc.path("issuer").asString()).isEqualTo("Test Ministry of Health");
        assertThat(dcc.path("validity").path("valid").asBoolean()).isTrue();
        assertThat(dcc.path("validity").path("failedStep").isNull()).isTrue();
        assertThat(scanned(scannerToken(Scopes.SCAN_HEALTH), text + "\r\n").path("outcome").asString())
                .as("with the scanner's line ending").isEqualTo("VALID");

        JsonNode police = scanned(scannerToken(Scopes.SCAN_POLICE), text).path("dcc");
        assertThat(keys(police)).containsExactly("familyName", "givenName", "standardisedName", "dateOfBirth", "uvci",
                "issuingCountry", "issuer", "trust", "validity");
        assertThat(police.path("dateOfBirth").asString()).isEqualTo("1964-08-12");
        assertThat(police.path("uvci").asString()).startsWith("URN:UVCI:01:FR:TEST");
    }

    @Test
    void aVenueSeesNoHealthDetailNorWhoIssuedIt() throws Exception {
        imported(new Listed("FR", FRENCH_TEST_SIGNER.certificate()));
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_VENUE),
                DccTestCertificates.test(FRENCH_TEST_SIGNER, "FR", Instant.now()));
        assertThat(answer.path("outcome").asString()).isEqualTo("VALID");
        assertThat(keys(answer.path("dcc"))).containsExactly("shortName", "birthYear", "validity");
        assertThat(answer.path("dcc").path("shortName").asString()).isEqualTo("Mustermann E.");
        assertThat(answer.path("dcc").path("birthYear").asInt()).isEqualTo(1964);
        assertThat(answer.toString()).doesNotContain("PCR", "Testzentrum", "URN:UVCI", "1964-08-12");
    }

    @Test
    void anUnknownSignerIsNotValidAndNothingOfTheTextIsShown() throws Exception {
        imported(new Listed("DE", GERMAN.signer()));
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_HEALTH),
                DccTestCertificates.vaccination(FRENCH_TEST_SIGNER, "FR", Instant.now()));
        assertThat(answer.path("format").asString()).isEqualTo("DCC");
        assertThat(answer.path("outcome").asString()).isEqualTo("UNKNOWN_KEY");
        assertThat(answer.path("field").asString()).isEqualTo("signature");
        assertThat(answer.path("reason").asString()).isEqualTo("signed by a signer that no trust list of the platform holds");
        assertThat(answer.has("dcc")).isFalse();
    }

    @Test
    void aForgedOrAlteredTextIsNotValidAndSaysWhichStepFailed() throws Exception {
        imported(new Listed("FR", FRENCH_TEST_SIGNER.certificate()));
        String officer = scannerToken(Scopes.SCAN_POLICE);
        // someone else's key behind the listed signer's certificate (its key id)
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        DccSigningKey forger = new DccSigningKey(generator.generateKeyPair().getPrivate(), FRENCH_TEST_SIGNER.certificate());
        JsonNode forged = scanned(officer, DccTestCertificates.vaccination(forger, "FR", Instant.now()));
        assertThat(forged.path("outcome").asString()).isEqualTo("INVALID_SIGNATURE");
        assertThat(forged.path("field").asString()).isEqualTo("signature");
        assertThat(forged.has("dcc")).isFalse();

        String text = DccTestCertificates.vaccination(FRENCH_TEST_SIGNER, "FR", Instant.now());
        JsonNode cut = scanned(officer, text.substring(0, text.length() - 1) + "~");
        assertThat(cut.path("outcome").asString()).isEqualTo("MALFORMED");
        assertThat(cut.path("field").asString()).isEqualTo("base45");
        assertThat(cut.has("dcc")).isFalse();

        HttpResponse<String> inVietnamese = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + SCANS)).header("Authorization", "Bearer " + officer)
                .header("Content-Type", "application/json").header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text.substring(0, text.length() - 1) + "~\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(TestClients.json(inVietnamese.body()).path("reason").asString()).startsWith("phần sau HC1: không phải mã Base45");
    }

    @Test
    void aTextThatIsNoDccIsNotOfKindDcc() throws Exception {
        String officer = scannerToken(Scopes.SCAN_POLICE);
        for (String text : List.of("hc1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH", "HC2:NCFOXN%TS3DH3ZSUZK", " HC1:NCF")) {
            assertThat(scanned(officer, text).path("format").asString()).as(text).isNotEqualTo("DCC");
        }
    }

    @Test
    void aCertificateOfThePlatformsOwnSignerIsValidWithoutImportUntilRevoked() throws Exception {
        imported(new Listed("DE", GERMAN.signer())); // a list without our own signers
        String text = DccTestCertificates.vaccination(signers.active(), "VN", Instant.now());
        String officer = scannerToken(Scopes.SCAN_POLICE);
        JsonNode answer = scanned(officer, text);
        assertThat(answer.path("outcome").asString()).as(answer.toString()).isEqualTo("VALID");
        assertThat(answer.path("dcc").path("trust").path("source").asString()).isEqualTo("OWN");
        assertThat(answer.path("dcc").path("trust").path("country").asString()).isEqualTo("VN");

        Instant revokedAt = revocations.revoke(DccDecoder.decode(text).certificate());
        JsonNode revoked = scanned(officer, text);
        assertThat(revoked.path("outcome").asString()).isEqualTo("REVOKED");
        assertThat(revoked.path("field").asString()).isEqualTo("revocation");
        assertThat(revoked.path("dcc").path("validity").path("valid").asBoolean()).isFalse();
        assertThat(Instant.parse(revoked.path("dcc").path("validity").path("revokedAt").asString())).isEqualTo(revokedAt);
    }

    @Test
    void aDccScanIsAuditedWithTheFieldsShownAndNoPerson() throws Exception {
        imported(new Listed("FR", FRENCH_TEST_SIGNER.certificate()));
        TestClients.CertifiedApp scanner = TestClients.certifiedApp(port, Scopes.SCAN_HEALTH);
        JsonNode answer = scanned(scanner.token(port, Scopes.SCAN_HEALTH),
                DccTestCertificates.vaccination(FRENCH_TEST_SIGNER, "FR", Instant.now()));
        List<Map<String, Object>> records = jdbc.sql("""
                        select scope, qid, document_number, array_to_string(fields, ',') as fields, purpose, outcome
                        from audit_record where client_id = :clientId""")
                .param("clientId", scanner.clientId()).query().listOfRows();
        assertThat(records).singleElement().satisfies(record -> assertThat(record)
                .containsEntry("scope", "scan:health").containsEntry("qid", null).containsEntry("document_number", null)
                .containsEntry("fields", String.join(",", keys(answer.path("dcc"))))
                .containsEntry("purpose", "POST /api/v1/scans (DCC)").containsEntry("outcome", "VALID"));
    }

    @Test
    void anImportReplacesTheListAndIsShownAndAudited() throws Exception {
        imported(new Listed("DE", GERMAN.signer()), new Listed("NL", DUTCH.signer()));
        JsonNode held = TestClients.json(TestClients.send(port, "GET", TRUST_LIST, TestClients.adminToken(port), null).body());
        assertThat(held.path("certificates").asInt()).isEqualTo(2);
        assertThat(held.path("countries").path("DE").asInt()).isEqualTo(1);
        assertThat(held.path("countries").path("NL").asInt()).isEqualTo(1);
        assertThat(held.path("importedBy").asString()).isEqualTo("admin");
        assertThat(held.path("importedAt").isNull()).isFalse();

        String oneAndAStranger = DccTestCertificates.trustList(List.of(new Listed("FR", FRENCH_TEST_SIGNER.certificate())))
                .replace("]", ",{\"kid\":\"x\",\"country\":\"IT\",\"certificateType\":\"DSC\",\"rawData\":\"broken\"}]");
        HttpResponse<String> replaced = TestClients.send(port, "PUT", TRUST_LIST, TestClients.adminToken(port), oneAndAStranger);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        held = TestClients.json(TestClients.send(port, "GET", TRUST_LIST, TestClients.adminToken(port), null).body());
        assertThat(held.path("certificates").asInt()).isEqualTo(1);
        assertThat(keys(held.path("countries"))).containsExactly("FR");
        assertThat(held.path("skipped").get(0).path("country").asString()).isEqualTo("IT");
        assertThat(held.path("skipped").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(scanned(scannerToken(Scopes.SCAN_POLICE), GERMAN.text()).path("outcome").asString())
                .isEqualTo("UNKNOWN_KEY");
        assertThat(jdbc.sql("select count(*) from audit_admin_action where action = 'DccTrustListImported' "
                + "and actor = 'admin' and summary like '1 document signers of 1 countries imported, 1 entries skipped'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aBadBodyIsRefusedAndTheListHeldIsKept() throws Exception {
        imported(new Listed("NL", DUTCH.signer()));
        String admin = TestClients.adminToken(port);
        for (String body : List.of("not json", "[]", "{\"certificates\":{}}",
                "[{\"kid\":\"x\",\"country\":\"DE\",\"rawData\":\"broken\"}]")) {
            HttpResponse<String> refused = TestClients.send(port, "PUT", TRUST_LIST, admin, body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.body()).contains("\"field\":\"certificates\"").doesNotContain("Exception");
        }
        JsonNode held = TestClients.json(TestClients.send(port, "GET", TRUST_LIST, admin, null).body());
        assertThat(keys(held.path("countries"))).containsExactly("NL");
        assertThat(scanned(scannerToken(Scopes.SCAN_POLICE), DUTCH.text()).path("outcome").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void onlyAnAdminMayImportOrReadTheList() throws Exception {
        String scanner = scannerToken(Scopes.SCAN_POLICE);
        String list = DccTestCertificates.trustList(List.of(new Listed("FR", FRENCH_TEST_SIGNER.certificate())));
        assertThat(TestClients.send(port, "PUT", TRUST_LIST, scanner, list).statusCode()).isEqualTo(403);
        assertThat(TestClients.send(port, "GET", TRUST_LIST, scanner, null).statusCode()).isEqualTo(403);
        assertThat(TestClients.send(port, "PUT", TRUST_LIST, null, list).statusCode()).isEqualTo(401);
    }

    @Test
    void anImportOnAnotherInstanceIsSeenWithinTheRefreshInterval() throws Exception {
        imported(new Listed("FR", FRENCH_TEST_SIGNER.certificate()));
        String officer = scannerToken(Scopes.SCAN_POLICE);
        String text = DccTestCertificates.vaccination(FRENCH_TEST_SIGNER, "FR", Instant.now());
        assertThat(scanned(officer, text).path("outcome").asString()).isEqualTo("VALID");
        // what another instance's import leaves in the database: a new version without this signer
        asOwner().sql("delete from passports_foreign_signer").update();
        asOwner().sql("update passports_foreign_trust_list set version = version + 1").update();
        long deadline = System.nanoTime() + 10_000_000_000L;
        String outcome = "VALID";
        while (outcome.equals("VALID") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            outcome = scanned(officer, text).path("outcome").asString();
        }
        assertThat(outcome).isEqualTo("UNKNOWN_KEY");
    }

    private void imported(Listed... signers) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "PUT", TRUST_LIST, TestClients.adminToken(port),
                DccTestCertificates.trustList(List.of(signers)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
