package vn.qrqg.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.Signer;
import vn.qrqg.codec.signature.TrustList;

class JwksIT extends IssuanceTestSupport {

    @Autowired
    SigningKeys signingKeys;

    @Test
    void publishesTheTrustListAsAJwkSetThatAnyoneMayCache() throws Exception {
        HttpResponse<String> jwks = get("/.well-known/jwks.json");
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.headers().firstValue("Content-Type")).hasValue("application/jwk-set+json");
        assertThat(jwks.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        TrustList published = TrustList.fromJwks(jwks.body());
        assertThat(published.keys()).isEqualTo(signingKeys.trustList().keys());
        assertThat(published.keys()).allSatisfy(key -> assertThat(published.crlVersion(key.kid()))
                .as("each key announces its revocation list's counter").isPresent());
    }

    @Test
    void publishesTheActiveKeyAsActive() throws Exception {
        String kid = signingKeys.activeSigner().keyId();
        TrustList published = TrustList.fromJwks(get("/.well-known/jwks.json").body());
        assertThat(published.find(kid)).hasValueSatisfying(key -> assertThat(key.status()).isEqualTo(KeyStatus.ACTIVE));
    }

    @Test
    void tagsTheBodyWithAStrongETagDerivedFromIt() throws Exception {
        HttpResponse<String> jwks = get("/.well-known/jwks.json");
        assertThat(jwks.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag)
                .matches("\"[A-Za-z0-9_-]{43}\"")
                .isEqualTo(JwksController.strongETag(jwks.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void answersARequestWithTheCurrentETagWith304AndNoBody() throws Exception {
        String etag = get("/.well-known/jwks.json").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send("GET", "/.well-known/jwks.json", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void sendsTheWholeBodyAgainForAnOutdatedETag() throws Exception {
        HttpResponse<String> again = send("GET", "/.well-known/jwks.json", "If-None-Match", "\"outdated\"");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"keys\"");
    }

    @Test
    void verifiesAQrSignedByTheActiveSigner() throws Exception {
        Signer signer = signingKeys.activeSigner();
        String qr = personalQr(signer);
        assertThat(qr).contains("<" + signer.keyId() + ".");
        assertThat(scanWithPublishedKeys(qr)).isEqualTo(ScanOutcome.VALID);
    }
}
