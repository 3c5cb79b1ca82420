package vn.qrqg.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenKeySealerTest {
    private static final byte[] SECRET = "a private key, in PKCS#8".getBytes(StandardCharsets.UTF_8);

    @Test
    void unsealsWhatItSealedForTheSameKid() {
        TokenKeySealer sealer = new TokenKeySealer(randomKey());

        assertThat(sealer.unseal("kid-1", sealer.seal("kid-1", SECRET))).isEqualTo(SECRET);
    }

    @Test
    void sealsTheSameKeyDifferentlyEachTime() {
        TokenKeySealer sealer = new TokenKeySealer(randomKey());

        assertThat(sealer.seal("kid-1", SECRET)).isNotEqualTo(sealer.seal("kid-1", SECRET));
    }

    @Test
    void refusesToUnsealForAnotherKid() {
        TokenKeySealer sealer = new TokenKeySealer(randomKey());
        byte[] sealed = sealer.seal("kid-1", SECRET);

        assertThatThrownBy(() -> sealer.unseal("kid-2", sealed)).hasMessageContaining("cannot unseal");
    }

    @Test
    void refusesToUnsealUnderAnotherKey() {
        byte[] sealed = new TokenKeySealer(randomKey()).seal("kid-1", SECRET);

        assertThatThrownBy(() -> new TokenKeySealer(randomKey()).unseal("kid-1", sealed))
                .hasMessageContaining("QRQG_TOKEN_KEY_ENCRYPTION_KEY");
    }

    @Test
    void readsTheConfiguredKeyAsBase64Of32Bytes() {
        String configured = Base64.getEncoder().encodeToString(randomKey());

        TokenKeySealer sealer = TokenKeySealer.fromBase64(configured + "\n");

        assertThat(sealer.unseal("k", sealer.seal("k", SECRET))).isEqualTo(SECRET);
    }

    @Test
    void refusesAConfiguredKeyOfTheWrongSizeWithoutShowingIt() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> TokenKeySealer.fromBase64(sixteenBytes))
                .hasMessageContaining("QRQG_TOKEN_KEY_ENCRYPTION_KEY")
                .hasMessageContaining("16 bytes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(sixteenBytes));
        assertThatThrownBy(() -> TokenKeySealer.fromBase64("not base64!")).hasMessageContaining("not valid base64");
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
