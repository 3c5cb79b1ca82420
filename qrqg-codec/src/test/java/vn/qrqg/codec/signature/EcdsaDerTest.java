package vn.qrqg.codec.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcdsaDerTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] raw(String rHex, String sHex) {
        return HEX.parseHex(rHex + sHex);
    }

    private static String repeat(String hexByte, int count) {
        return hexByte.repeat(count);
    }

    @Test
    void padsAnIntegerWhoseHighBitIsSetWithOneZeroByte() {
        byte[] raw = raw("80" + repeat("11", 31), "7f" + repeat("22", 31));

        byte[] der = EcdsaDer.toDer(raw);

        assertThat(HEX.formatHex(der)).isEqualTo("3045" + "022100" + "80" + repeat("11", 31) + "0220" + "7f" + repeat("22", 31));
        assertThat(EcdsaDer.toRaw(der)).isEqualTo(raw);
    }

    @Test
    void dropsLeadingZeroBytesOfShortIntegers() {
        byte[] raw = raw("0000" + repeat("33", 30), repeat("00", 31) + "01");

        byte[] der = EcdsaDer.toDer(raw);

        assertThat(HEX.formatHex(der)).isEqualTo("3023" + "021e" + repeat("33", 30) + "020101");
        assertThat(EcdsaDer.toRaw(der)).isEqualTo(raw);
    }

    @Test
    void keepsThePaddingByteWhenAShortIntegerHasItsHighBitSet() {
        byte[] raw = raw("00" + "90" + repeat("44", 30), repeat("55", 32));

        byte[] der = EcdsaDer.toDer(raw);

        assertThat(HEX.formatHex(der)).startsWith("3044" + "0220" + "0090");
        assertThat(EcdsaDer.toRaw(der)).isEqualTo(raw);
    }

    @Test
    void roundTripsRandomSignatures() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            byte[] raw = new byte[64];
            random.nextBytes(raw);
            if (i % 3 == 0) {
                Arrays.fill(raw, 0, random.nextInt(32), (byte) 0); // r with leading zeros
            }
            assertThat(EcdsaDer.toRaw(EcdsaDer.toDer(raw))).isEqualTo(raw);
        }
    }

    @Test
    void readsTheDerSignaturesTheJdkProduces() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        byte[] message = "DER from SunEC".getBytes();
        for (int i = 0; i < 50; i++) { // about one in four has a high bit or a leading zero somewhere
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(pair.getPrivate());
            signer.update(message);
            byte[] raw = EcdsaDer.toRaw(signer.sign());

            EcdsaBackend jdk = EcdsaP256.jdk();
            assertThat(jdk.verify(jdk.publicKey((ECPublicKey) pair.getPublic()), message, raw)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                                  // nothing
        "3106020101020101",                  // SET, not SEQUENCE
        "3007020101020101",                  // SEQUENCE length too long
        "3005020101020101",                  // SEQUENCE length too short
        "308106020101020101",                // long-form length where short form fits
        "3006020101020101" + "00",           // trailing byte
        "3006030101020101",                  // BIT STRING where INTEGER belongs
        "300502000201" + "01",               // zero-length INTEGER
        "3006020181020101",                  // negative r
        "300702020001020101",                // superfluous leading zero
        "3003020101",                        // s missing
    })
    void rejectsMalformedDer(String hex) {
        assertThatThrownBy(() -> EcdsaDer.toRaw(HEX.parseHex(hex)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DER signature");
    }

    @Test
    void rejectsAnIntegerLongerThan32Bytes() {
        String r33 = "0221" + "01" + repeat("00", 32);
        byte[] der = HEX.parseHex("3026" + r33 + "020101");

        assertThatThrownBy(() -> EcdsaDer.toRaw(der)).hasMessageContaining("longer than 32 bytes");
    }

    @Test
    void refusesToEncodeARawSignatureOfTheWrongLength() {
        assertThatThrownBy(() -> EcdsaDer.toDer(new byte[63])).isInstanceOf(IllegalArgumentException.class);
    }
}
