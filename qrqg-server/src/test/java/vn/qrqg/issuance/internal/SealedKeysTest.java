package vn.qrqg.issuance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyIds;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.platform.secrets.KeySealer;

class SealedKeysTest {
    final KeySealer sealer = new KeySealer(randomKey(), "test");

    static byte[] randomKey() {
        byte[] key = new byte[KeySealer.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    static StoredSigningKey row(String kid, SealedKeys.Sealed sealed) {
        return new StoredSigningKey(kid, sealed.publicKey(), sealed.privateKeySealed(), KeyStatus.ACTIVE, null, null, null);
    }

    @Test
    void aGeneratedKeyUnsealsToTheSameKeyPair() {
        SealedKeys.Sealed sealed = SealedKeys.generate(sealer);
        InMemorySigner signer = SealedKeys.unseal(row(sealed.kid(), sealed), sealer);
        assertThat(signer.keyId()).isEqualTo(sealed.kid()).isEqualTo(KeyIds.of(signer.publicKey()));
        assertThat(signer.privateKey().getEncoded()).isEqualTo(sealed.signer().privateKey().getEncoded());
    }

    @Test
    void sealsThePrivateKeyRatherThanStoringItsPkcs8() {
        SealedKeys.Sealed sealed = SealedKeys.generate(sealer);
        String stored = new String(sealed.privateKeySealed(), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(new String(sealed.signer().privateKey().getEncoded(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void refusesARowWhosePublicKeyIsAnotherKeys() {
        SealedKeys.Sealed sealed = SealedKeys.generate(sealer);
        SealedKeys.Sealed other = SealedKeys.generate(sealer);
        StoredSigningKey mixed = new StoredSigningKey(sealed.kid(), other.publicKey(), sealed.privateKeySealed(),
                KeyStatus.ACTIVE, null, null, null);
        assertThatThrownBy(() -> SealedKeys.unseal(mixed, sealer))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("signing key " + sealed.kid());
    }
}
