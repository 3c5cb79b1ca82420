package vn.qrqg.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AesGcmTest {
    private static final byte[] KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    private static final byte[] ROW = "row-1".getBytes(StandardCharsets.US_ASCII);

    @Test
    void valuesSealedBeforeThisClassExistedStillOpen() throws Exception {
        // the layout every sealed key and health record in a database has: IV, ciphertext, tag
        byte[] iv = HexFormat.of().parseHex("cafebabefacedbaddecaf888");
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(ROW);
        byte[] body = cipher.doFinal("a record".getBytes(StandardCharsets.UTF_8));
        byte[] stored = Arrays.copyOf(iv, iv.length + body.length);
        System.arraycopy(body, 0, stored, iv.length, body.length);

        assertThat(new String(new AesGcm(KEY).open(stored, ROW), StandardCharsets.UTF_8)).isEqualTo("a record");
    }

    @Test
    void aValueDoesNotOpenForAnotherRowNorWhenAltered() {
        AesGcm aead = new AesGcm(KEY);
        byte[] sealed = aead.seal("a record".getBytes(StandardCharsets.UTF_8), ROW);

        assertThatThrownBy(() -> aead.open(sealed, "row-2".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(AesGcm.NotOpenedException.class);
        sealed[AesGcm.IV_BYTES] ^= 1;
        assertThatThrownBy(() -> aead.open(sealed, ROW)).isInstanceOf(AesGcm.NotOpenedException.class);
        assertThatThrownBy(() -> aead.open(new byte[5], ROW)).isInstanceOf(AesGcm.NotOpenedException.class);
    }

    @Test
    void eachSealingTakesAFreshIv() {
        AesGcm aead = new AesGcm(KEY);
        byte[] first = aead.seal(new byte[8], ROW);
        byte[] second = aead.seal(new byte[8], ROW);
        assertThat(Arrays.copyOf(first, AesGcm.IV_BYTES)).isNotEqualTo(Arrays.copyOf(second, AesGcm.IV_BYTES));
    }
}
