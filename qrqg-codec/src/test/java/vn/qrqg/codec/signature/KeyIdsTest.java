package vn.qrqg.codec.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyIdsTest {

    @Test
    void kidIsTheFirstSixBytesOfTheSha256OfTheSubjectPublicKeyInfo() throws Exception {
        InMemorySigner signer = InMemorySigner.generate();
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(signer.publicKey().getEncoded());
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 6));

        assertThat(KeyIds.of(signer.publicKey())).isEqualTo(expected).hasSize(8);
        assertThat(signer.keyId()).isEqualTo(expected);
    }

    @Test
    void kidIsTheSameWhicheverProviderHoldsTheKey() {
        InMemorySigner signer = InMemorySigner.generate();
        for (EcdsaBackend backend : TestBackends.all()) {
            assertThat(KeyIds.of(backend.publicKey(signer.publicKey()))).as(backend.name()).isEqualTo(signer.keyId());
        }
    }

    @Test
    void wellFormedKidsAreEightBase64UrlCharacters() {
        assertThat(KeyIds.isWellFormed("Ab9-_xYz")).isTrue();
        assertThat(KeyIds.isWellFormed("Ab9-_xY")).isFalse();
        assertThat(KeyIds.isWellFormed("Ab9-_xYzz")).isFalse();
        assertThat(KeyIds.isWellFormed("Ab9+/xYz")).isFalse();
        assertThat(KeyIds.isWellFormed("Ab9-_xY=")).isFalse();
        assertThat(KeyIds.isWellFormed(null)).isFalse();
    }
}
