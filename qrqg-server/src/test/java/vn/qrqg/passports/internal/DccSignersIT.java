package vn.qrqg.passports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.dcc.CwtClaims;
import vn.qrqg.dcc.DccCertificate;
import vn.qrqg.dcc.DccDecoder;
import vn.qrqg.dcc.DccIssuer;
import vn.qrqg.dcc.DccPayload;
import vn.qrqg.dcc.DccResult;
import vn.qrqg.dcc.DccSigningKey;
import vn.qrqg.dcc.DccVerifier;
import vn.qrqg.dcc.RevocationHashes;
import vn.qrqg.dcc.SignerCertificates;
import vn.qrqg.dcc.Step;
import vn.qrqg.dcc.Uvci;
import vn.qrqg.passports.DccRevocations;
import vn.qrqg.passports.DccSigners;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * The platform's DCC signers as a verifier abroad and an operator meet them: the published trust
 * list verifies what the active signer signs; rotation, withdrawal and import change the list as
 * they should; revocations are published with the EU's three hashes.
 */
class DccSignersIT extends PlatformTestSupport {
    private static final String TEST_ONLY = "1.3.6.1.4.1.1847.2021.1.1";

    @Autowired
    DccSigners signers;
    @Autowired
    PlatformDccSigners platformSigners;
    @Autowired
    DccRevocations revocations;
    @Autowired
    KeySealer sealer;

    @Test
    void theTrustListVerifiesWhatTheActiveSignerSignsAndChainsItToTheCountrySigningCa() throws Exception {
        DccSigningKey active = signers.active();
        String certificate = sign(active, Instant.now());

        DccResult result = verifyWithPublishedList(certificate);

        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.signer()).isEqualTo(active.certificate());
        JsonNode list = TestClients.json(get("/.well-known/dcc/trust-list.json").body());
        JsonNode dsc = entry(list, active.certificate());
        assertThat(dsc.path("certificateType").asString()).isEqualTo("DSC");
        assertThat(dsc.path("country").asString()).isEqualTo("VN");
        assertThat(dsc.path("kid").asString()).isEqualTo(Base64.getEncoder().encodeToString(active.kid()));
        assertThat(dsc.path("thumbprint").asString()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(active.certificate().getEncoded())));
        X509Certificate csca = issuerIn(list, active.certificate());
        assertThat(csca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(active.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.4.1.1847.2021.1.2");
    }

    @Test
    void theListsArePublicAndCacheable() throws Exception {
        HttpResponse<String> list = get("/.well-known/dcc/trust-list.json");
        HttpResponse<String> revoked = get("/.well-known/dcc/revocation-list.json");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        String etag = list.headers().firstValue("ETag").orElseThrow();
        assertThat(TestClients.send(port, "GET", "/.well-known/dcc/trust-list.json", null, null).headers()
                .firstValue("ETag")).hasValue(etag);
    }

    @Test
    void afterARotationOldCertificatesStillVerifyNewOnesUseTheNewSignerAndAWithdrawnSignerVerifiesNothing() throws Exception {
        DccSigningKey before = signers.active();
        String old = sign(before, Instant.now());

        HttpResponse<String> rotation = asAdmin("POST", "/api/v1/admin/dcc/signers/rotation", null);

        assertThat(rotation.statusCode()).as(rotation.body()).isEqualTo(201);
        DccSigningKey after = signers.active();
        assertThat(after.kid()).isNotEqualTo(before.kid());
        assertThat(TestClients.json(rotation.body()).path("kids").get(0).asString())
                .isEqualTo(Base64.getEncoder().encodeToString(after.kid()));
        assertThat(verifyWithPublishedList(old).valid()).isTrue();
        assertThat(verifyWithPublishedList(sign(after, Instant.now())).valid()).isTrue();

        HttpResponse<String> withdrawal = asAdmin("POST", "/api/v1/admin/dcc/signers/"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(before.kid()) + "/withdrawal", null);

        assertThat(withdrawal.statusCode()).as(withdrawal.body()).isEqualTo(200);
        DccResult refused = verifyWithPublishedList(old);
        assertThat(refused.failedStep()).isEqualTo(Step.SIGNATURE);
        assertThat(refused.reason()).startsWith("unknown signer");
        assertThat(signersListed()).anySatisfy(signer -> {
            assertThat(signer.path("kid").asString()).isEqualTo(Base64.getEncoder().encodeToString(before.kid()));
            assertThat(signer.path("status").asString()).isEqualTo("WITHDRAWN");
        });
    }

    @Test
    void theActiveSignerCannotBeWithdrawnAndAnUnknownOneIsNamed() throws Exception {
        String active = Base64.getUrlEncoder().withoutPadding().encodeToString(signers.active().kid());

        HttpResponse<String> inUse = inVietnamese("POST", "/api/v1/admin/dcc/signers/" + active + "/withdrawal", null);
        HttpResponse<String> unknown = asAdmin("POST", "/api/v1/admin/dcc/signers/AAAAAAAAAAA/withdrawal", null);

        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(TestClients.json(inUse.body()).path("type").asString()).isEqualTo("https://qrqg.vn/problems/dcc-signer-in-use");
        assertThat(TestClients.json(inUse.body()).path("detail").asString()).contains("xoay vòng");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(TestClients.json(unknown.body()).path("type").asString()).isEqualTo("https://qrqg.vn/problems/dcc-signer-not-found");
        assertThat(verifyWithPublishedList(sign(signers.active(), Instant.now())).valid()).isTrue();
    }

    @Test
    void anImportedPemSignerSignsFromNowOnAndItsCscaIsPublished() throws Exception {
        TestSignerFiles.Chain chain = TestSignerFiles.chain("PEM " + ThreadLocalRandom.current().nextInt());

        HttpResponse<String> imported = asAdmin("POST", "/api/v1/admin/dcc/signers",
                "{\"pem\":" + quoted(chain.pem()) + "}");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(signers.active().certificate()).isEqualTo(chain.dsc());
        assertThat(verifyWithPublishedList(sign(signers.active(), Instant.now())).valid()).isTrue();
        assertThat(issuerIn(TestClients.json(get("/.well-known/dcc/trust-list.json").body()), chain.dsc()))
                .isEqualTo(chain.csca());
        // the platform holds the imported CSCA's certificate, not its key: it cannot certify a signer itself
        HttpResponse<String> rotation = asAdmin("POST", "/api/v1/admin/dcc/signers/rotation", null);
        assertThat(rotation.statusCode()).isEqualTo(409);
        assertThat(TestClients.json(rotation.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/dcc-csca-key-not-held");
        restoreAGeneratedSigner();
    }

    @Test
    void anImportedPkcs12SignerSignsFromNowOn() throws Exception {
        TestSignerFiles.Chain chain = TestSignerFiles.chain("P12 " + ThreadLocalRandom.current().nextInt(),
                "1.3.6.1.4.1.0.1847.2021.1.2");

        HttpResponse<String> imported = asAdmin("POST", "/api/v1/admin/dcc/signers",
                "{\"pkcs12\":\"" + chain.pkcs12("s3cret pass") + "\",\"password\":\"s3cret pass\"}");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(signers.active().certificate()).isEqualTo(chain.dsc());
        restoreAGeneratedSigner();
    }

    @Test
    void aSignerFileThatCannotSignPassportsIsRefusedAndNothingChanges() throws Exception {
        byte[] before = signers.active().kid();
        TestSignerFiles.Chain testsOnly = TestSignerFiles.chain("Tests only", TEST_ONLY);
        TestSignerFiles.Chain good = TestSignerFiles.chain("Good");

        Map<String, String> refusals = Map.of(
                "{\"pem\":" + quoted(testsOnly.pem()) + "}", "vaccination",
                "{\"pkcs12\":\"" + good.pkcs12("right") + "\",\"password\":\"wrong\"}", "password",
                "{\"pem\":" + quoted(certificatesOnly(good)) + "}", "0 private keys");

        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<String> response = asAdmin("POST", "/api/v1/admin/dcc/signers", refusal.getKey());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            JsonNode problem = TestClients.json(response.body());
            assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/dcc-signer-not-accepted");
            assertThat(problem.path("reason").asString()).contains(refusal.getValue());
        }
        assertThat(signers.active().kid()).isEqualTo(before);
    }

    @Test
    void aMalformedImportGetsFieldErrorsInVietnamese() throws Exception {
        HttpResponse<String> both = asAdmin("POST", "/api/v1/admin/dcc/signers", "{\"pem\":\"x\",\"pkcs12\":\"y\"}");
        HttpResponse<String> noPassword = inVietnamese("POST", "/api/v1/admin/dcc/signers", "{\"pkcs12\":\"!!!\"}");

        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("pkcs12").contains("pem");
        assertThat(noPassword.statusCode()).isEqualTo(400);
        JsonNode errors = TestClients.json(noPassword.body()).path("errors");
        assertThat(errors.toString()).contains("password").contains("là bắt buộc").contains("base64");
    }

    @Test
    void onlyAnOperatorSeesOrChangesTheSigners() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, "scan:health");
        String token = app.token(port, "scan:health");

        assertThat(TestClients.send(port, "GET", "/api/v1/admin/dcc/signers", token, null).statusCode()).isEqualTo(403);
        assertThat(TestClients.send(port, "POST", "/api/v1/admin/dcc/signers/rotation", token, null).statusCode()).isEqualTo(403);
        assertThat(TestClients.send(port, "POST", "/api/v1/admin/dcc/signers/rotation", null, null).statusCode()).isEqualTo(401);
        assertThat(signersListed()).allSatisfy(signer -> assertThat(signer.has("privateKey")).isFalse());
    }

    @Test
    void privateKeysAreSealedAtRest() {
        List<Map<String, Object>> rows = asOwner().sql("select kid, private_key_sealed from dcc_signer where private_key_sealed is not null")
                .query().listOfRows();

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            byte[] sealed = (byte[]) row.get("private_key_sealed");
            byte[] pkcs8 = sealer.unseal(Base64.getEncoder().encodeToString((byte[]) row.get("kid")), sealed);
            byte[] secret = java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 16, pkcs8.length);
            assertThat(indexOf(sealed, secret)).as("the stored bytes hold the key in clear").isEqualTo(-1);
        });
    }

    @Test
    void aRevokedCertificateIsListedByItsThreeHashesAndOthersAreNot() throws Exception {
        DccCertificate revoked = DccDecoder.decode(sign(signers.active(), Instant.now())).certificate();
        DccCertificate kept = DccDecoder.decode(sign(signers.active(), Instant.now())).certificate();

        Instant at = revocations.revoke(revoked);

        assertThat(revocations.revoke(revoked)).isEqualTo(at);
        assertThat(revocations.revokedAt(revoked)).hasValue(at);
        assertThat(revocations.revokedAt(kept)).isEmpty();
        String list = get("/.well-known/dcc/revocation-list.json").body();
        for (Map.Entry<RevocationHashes.Type, byte[]> hash : RevocationHashes.of(revoked).entrySet()) {
            assertThat(list).contains("\"hashType\":\"" + hash.getKey() + "\"")
                    .contains(Base64.getEncoder().encodeToString(hash.getValue()));
        }
        RevocationHashes.of(kept).values().forEach(hash -> assertThat(list).doesNotContain(Base64.getEncoder().encodeToString(hash)));
    }

    @Test
    void theSignerIsRenewedBeforeCertificatesItSignsCouldOutliveIt() {
        DccSigningKey before = signers.active();
        Instant expiry = before.certificate().getNotAfter().toInstant();

        assertThat(platformSigners.renewIfDue(expiry.minus(Duration.ofDays(400)))).isFalse();
        assertThat(platformSigners.renewIfDue(expiry.minus(Duration.ofDays(390)))).isTrue();

        assertThat(signers.active().kid()).isNotEqualTo(before.kid());
        assertThat(signers.published().certificates()).contains(before.certificate(), signers.active().certificate());
    }

    // --- helpers

    private DccResult verifyWithPublishedList(String certificate) throws Exception {
        SignerCertificates published = SignerCertificates.fromTrustList(get("/.well-known/dcc/trust-list.json").body());
        return new DccVerifier(published).verify(certificate, Instant.now());
    }

    private static String sign(DccSigningKey key, Instant at) {
        return DccIssuer.sign(DccPayload.vaccination(new DccPayload.Person("Nguyễn", "Văn An", "1990-02-03"),
                new DccPayload.Vaccination("1119349007", "EU/1/20/1528", "ORG-100030215", 2, 2, LocalDate.parse("2021-09-10"),
                        "VN", "Ministry of Health of Viet Nam", Uvci.build("IT/" + ThreadLocalRandom.current().nextInt(1_000_000)))),
                new CwtClaims("VN", at, at.plus(Duration.ofDays(365))), key);
    }

    private static JsonNode entry(JsonNode list, X509Certificate certificate) throws Exception {
        String raw = Base64.getEncoder().encodeToString(certificate.getEncoded());
        for (JsonNode entry : list) {
            if (entry.path("rawData").asString().equals(raw)) {
                return entry;
            }
        }
        throw new AssertionError("not in the trust list: " + certificate.getSubjectX500Principal());
    }

    /** The CSCA of the list that issued {@code certificate}. */
    private static X509Certificate issuerIn(JsonNode list, X509Certificate certificate) {
        for (JsonNode entry : list) {
            if (entry.path("certificateType").asString().equals("CSCA")) {
                X509Certificate csca = SignerCertificates.parseCertificate(entry.path("rawData").asString()
                        .getBytes(StandardCharsets.US_ASCII));
                try {
                    certificate.verify(csca.getPublicKey());
                    return csca;
                } catch (Exception notThisOne) {
                    // another CSCA
                }
            }
        }
        throw new AssertionError("no CSCA of the trust list issued " + certificate.getSubjectX500Principal());
    }

    private List<JsonNode> signersListed() throws Exception {
        JsonNode list = TestClients.json(asAdmin("GET", "/api/v1/admin/dcc/signers", null).body());
        List<JsonNode> all = new java.util.ArrayList<>();
        list.forEach(all::add);
        return all;
    }

    /** Back to a signer whose CSCA key the platform holds, for the tests that rotate. */
    private void restoreAGeneratedSigner() throws Exception {
        asOwner().sql("update dcc_signer set status = 'RETIRED' where status = 'ACTIVE'").update();
        asOwner().sql("update dcc_signer set status = 'ACTIVE' where kid = (select kid from dcc_signer where role = 'CSCA' "
                + "and origin = 'GENERATED' order by created_at limit 1)").update();
        asOwner().sql("update dcc_signer set status = 'ACTIVE' where kid = (select kid from dcc_signer where role = 'DSC' "
                + "and origin = 'GENERATED' and status = 'RETIRED' and not_after > now() order by created_at desc limit 1)").update();
        platformSigners.reread();
    }

    private HttpResponse<String> asAdmin(String method, String path, String json) throws Exception {
        return TestClients.send(port, method, path, TestClients.adminToken(port), json);
    }

    /** As an operator whose console asks for Vietnamese. */
    private HttpResponse<String> inVietnamese(String method, String path, String json) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestClients.adminToken(port)).header("Accept-Language", "vi")
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String certificatesOnly(TestSignerFiles.Chain chain) {
        String pem = chain.pem();
        return pem.substring(pem.indexOf("-----BEGIN CERTIFICATE-----"));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "") + "\"";
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
