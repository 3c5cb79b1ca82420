package vn.qrqg.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeySealerTest {
    static final byte[] SECRET = "a PKCS#8 private key, say".getBytes(StandardCharsets.US_ASCII);

    static byte[] randomKey() {
        byte[] key = new byte[KeySealer.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    final KeySealer sealer = new KeySealer(randomKey(), "QRQG_KEY_ENCRYPTION_KEY");

    @Test
    void unsealsWhatItSealedForTheSameKid() {
        byte[] sealed = sealer.seal("AbCdEf12", SECRET);
        assertThat(sealer.unseal("AbCdEf12", sealed)).isEqualTo(SECRET);
    }

    @Test
    void storesA12ByteIvAndA16ByteTagWithTheCiphertext() {
        assertThat(sealer.seal("AbCdEf12", SECRET)).hasSize(12 + SECRET.length + 16);
    }

    @Test
    void drawsAFreshIvForEveryKeySoTheSameSecretNeverSealsTheSameWay() {
        byte[] first = sealer.seal("AbCdEf12", SECRET);
        byte[] second = sealer.seal("AbCdEf12", SECRET);
        assertThat(Arrays.copyOf(first, KeySealer.IV_BYTES)).isNotEqualTo(Arrays.copyOf(second, KeySealer.IV_BYTES));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void neverStoresThePlaintext() {
        byte[] sealed = sealer.seal("AbCdEf12", SECRET);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(new String(SECRET, StandardCharsets.ISO_8859_1));
    }

    @Test
    void refusesATamperedCiphertext() {
        byte[] sealed = sealer.seal("AbCdEf12", SECRET);
        sealed[KeySealer.IV_BYTES + 3] ^= 1;
        assertThatThrownBy(() -> sealer.unseal("AbCdEf12", sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("signing key AbCdEf12");
    }

    @Test
    void refusesATamperedIv() {
        byte[] sealed = sealer.seal("AbCdEf12", SECRET);
        sealed[0] ^= 1;
        assertThatThrownBy(() -> sealer.unseal("AbCdEf12", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeySealedForAnotherKidSoRowsCannotBeSwapped() {
        byte[] sealed = sealer.seal("AbCdEf12", SECRET);
        assertThatThrownBy(() -> sealer.unseal("ZyXwVu98", sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("copied from another kid");
    }

    @Test
    void namesTheKeyEncryptionKeyWhenItIsNotTheOneTheKeyWasSealedUnder() {
        byte[] sealed = sealer.seal("AbCdEf12", SECRET);
        KeySealer other = new KeySealer(randomKey(), "QRQG_KEY_ENCRYPTION_KEY");
        assertThatThrownBy(() -> other.unseal("AbCdEf12", sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot unseal the private key of signing key AbCdEf12")
                .hasMessageContaining("sealed under another key-encryption key than the one from QRQG_KEY_ENCRYPTION_KEY");
    }

    @Test
    void refusesSomethingTooShortToBeASealedKey() {
        assertThatThrownBy(() -> sealer.unseal("AbCdEf12", new byte[20]))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("too short");
    }

    @Test
    void acceptsOnly32ByteKeys() {
        assertThatThrownBy(() -> new KeySealer(new byte[16], "x")).hasMessageContaining("must be 32 bytes, not 16");
    }

    @Test
    void neverShowsItsKey() {
        assertThat(sealer.toString()).isEqualTo("KeySealer[AES-256-GCM, key from QRQG_KEY_ENCRYPTION_KEY]");
    }

    @Test
    void derivesTheSameSecretFromTheSameKeyAndLabelOnlyInEveryInstance() {
        byte[] key = randomKey();
        byte[] derived = new KeySealer(key, "one instance").derive("portal-client-secret");
        assertThat(derived).hasSize(32).isEqualTo(new KeySealer(key.clone(), "another instance")
                .derive("portal-client-secret"));
        assertThat(new KeySealer(key, "x").derive("another label")).isNotEqualTo(derived);
        assertThat(new KeySealer(randomKey(), "another key").derive("portal-client-secret")).isNotEqualTo(derived);
    }
}
