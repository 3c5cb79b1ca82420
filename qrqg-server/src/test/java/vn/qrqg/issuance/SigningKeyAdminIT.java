package vn.qrqg.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.Signer;
import vn.qrqg.codec.signature.TrustList;

class SigningKeyAdminIT extends IssuanceTestSupport {

    @Autowired
    SigningKeys signingKeys;

    @Test
    void rotationMakesANewKeyActiveAndPublishesTheOldOneAsRetired() throws Exception {
        String before = signingKeys.activeSigner().keyId();

        HttpResponse<String> response = postAsAdmin("/api/v1/admin/keys/rotate");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rotation = json(response.body());
        String after = rotation.path("kid").asString();
        assertThat(after).isNotEqualTo(before);
        assertThat(rotation.path("status").asString()).isEqualTo("active");
        assertThat(rotation.path("previous").path("kid").asString()).isEqualTo(before);
        assertThat(rotation.path("previous").path("status").asString()).isEqualTo("retired");
        TrustList published = TrustList.fromJwks(get("/.well-known/jwks.json").body());
        assertThat(published.find(before).orElseThrow().status()).isEqualTo(KeyStatus.RETIRED);
        assertThat(published.find(after).orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);
    }

    @Test
    void qrsSignedBeforeARotationStillVerifyAndNewOnesUseTheNewKey() throws Exception {
        String oldQr = personalQr(signingKeys.activeSigner());

        String newKid = json(postAsAdmin("/api/v1/admin/keys/rotate").body()).path("kid").asString();
        Signer now = signingKeys.activeSigner();
        String newQr = personalQr(now);

        assertThat(now.keyId()).isEqualTo(newKid);
        assertThat(newQr).contains("<" + newKid + ".");
        assertThat(scanWithPublishedKeys(oldQr)).isEqualTo(ScanOutcome.VALID);
        assertThat(scanWithPublishedKeys(newQr)).isEqualTo(ScanOutcome.VALID);
    }

    @Test
    void rotationChangesTheETagSoCachesFetchTheNewKeys() throws Exception {
        String etag = get("/.well-known/jwks.json").headers().firstValue("ETag").orElseThrow();
        postAsAdmin("/api/v1/admin/keys/rotate");
        assertThat(send("GET", "/.well-known/jwks.json", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void qrsSignedWithARevokedKeyNoLongerVerify() throws Exception {
        Signer revoked = signingKeys.activeSigner();
        String qr = personalQr(revoked);
        assertThat(scanWithPublishedKeys(qr)).isEqualTo(ScanOutcome.VALID);

        HttpResponse<String> response = postAsAdmin("/api/v1/admin/keys/" + revoked.keyId() + "/revoke");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode state = json(response.body());
        assertThat(state.path("kid").asString()).isEqualTo(revoked.keyId());
        assertThat(state.path("status").asString()).isEqualTo("revoked");
        assertThat(state.path("revokedAt").asString()).isNotEmpty();
        assertThat(scanWithPublishedKeys(qr)).isEqualTo(ScanOutcome.REVOKED_KEY);
    }

    @Test
    void revokingTheActiveKeyMakesANewOneActive() throws Exception {
        String revoked = signingKeys.activeSigner().keyId();

        JsonNode state = json(postAsAdmin("/api/v1/admin/keys/" + revoked + "/revoke").body());

        String active = signingKeys.activeSigner().keyId();
        assertThat(active).isNotEqualTo(revoked);
        assertThat(state.path("active").path("kid").asString()).isEqualTo(active);
        assertThat(state.path("active").path("status").asString()).isEqualTo("active");
        assertThat(scanWithPublishedKeys(personalQr(signingKeys.activeSigner()))).isEqualTo(ScanOutcome.VALID);
    }

    @Test
    void revokingARetiredKeyLeavesTheActiveOneSigning() throws Exception {
        String retired = signingKeys.rotate().previous().kid();
        String active = signingKeys.activeSigner().keyId();

        JsonNode state = json(postAsAdmin("/api/v1/admin/keys/" + retired + "/revoke").body());

        assertThat(state.path("status").asString()).isEqualTo("revoked");
        assertThat(state.path("retiredAt").asString()).isNotEmpty();
        assertThat(state.path("active").path("kid").asString()).isEqualTo(active);
        assertThat(signingKeys.activeSigner().keyId()).isEqualTo(active);
    }

    @Test
    void rotationAndRevocationNeedAnAdminToken() throws Exception {
        String active = signingKeys.activeSigner().keyId();
        assertThat(send("POST", "/api/v1/admin/keys/rotate").statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/admin/keys/" + active + "/revoke").statusCode()).isEqualTo(401);
        assertThat(signingKeys.activeSigner().keyId()).isEqualTo(active);
    }

    @Test
    void revokingAnUnknownKidIsA404ProblemNamingIt() throws Exception {
        HttpResponse<String> response = postAsAdmin("/api/v1/admin/keys/NoSuchK1/revoke");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/signing-key-not-found");
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("kid").asString()).isEqualTo("NoSuchK1");
        assertThat(problem.path("detail").asString()).contains("NoSuchK1");
    }
}
