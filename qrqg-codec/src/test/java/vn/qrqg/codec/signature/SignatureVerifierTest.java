package vn.qrqg.codec.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.ScanOutcome;

class SignatureVerifierTest {
    private static final String UNSIGNED = "001093029317|NGUYỄN LÊ KHÁ HÂN|1987-01-18|0|162979388586171103|<1<<<";

    private final InMemorySigner signer = InMemorySigner.generate();
    private final TrustedKey trusted = new TrustedKey(signer.keyId(), signer.publicKey(), KeyStatus.ACTIVE);
    private final TrustList trustList = TrustList.of(List.of(trusted));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void acceptsWhatItSigned() {
        String chuKy = SignatureVerifier.sign(signer, UNSIGNED);

        assertThat(chuKy).startsWith(signer.keyId() + ".").hasSize(95);
        assertThat(SignatureVerifier.verify(ChuKy.parse(chuKy), utf8(UNSIGNED), trustList)).isEqualTo(ScanOutcome.VALID);
    }

    @Test
    void rejectsATamperedText() {
        ChuKy chuKy = ChuKy.parse(SignatureVerifier.sign(signer, UNSIGNED));

        byte[] tampered = utf8(UNSIGNED.replace("1987", "1986"));

        assertThat(SignatureVerifier.verify(chuKy, tampered, trustList)).isEqualTo(ScanOutcome.INVALID_SIGNATURE);
    }

    @Test
    void rejectsASignatureWithOneFlippedBit() {
        ChuKy chuKy = ChuKy.parse(SignatureVerifier.sign(signer, UNSIGNED));
        for (int i = 0; i < 64; i += 9) {
            byte[] flipped = chuKy.signature();
            flipped[i] ^= 0x01;

            assertThat(SignatureVerifier.verify(ChuKy.of(chuKy.keyId(), flipped), utf8(UNSIGNED), trustList))
                    .as("byte %d", i).isEqualTo(ScanOutcome.INVALID_SIGNATURE);
        }
    }

    @Test
    void rejectsSignatureMadeWithAnotherKey() {
        InMemorySigner impostor = InMemorySigner.generate();
        byte[] forged = impostor.sign(utf8(UNSIGNED));

        ChuKy underTrustedKid = ChuKy.of(signer.keyId(), forged);

        assertThat(SignatureVerifier.verify(underTrustedKid, utf8(UNSIGNED), trustList)).isEqualTo(ScanOutcome.INVALID_SIGNATURE);
    }

    @Test
    void reportsAnUnknownKey() {
        InMemorySigner stranger = InMemorySigner.generate();
        ChuKy chuKy = ChuKy.parse(SignatureVerifier.sign(stranger, UNSIGNED));

        assertThat(SignatureVerifier.verify(chuKy, utf8(UNSIGNED), trustList)).isEqualTo(ScanOutcome.UNKNOWN_KEY);
        assertThat(SignatureVerifier.verify(chuKy, utf8(UNSIGNED), TrustList.empty())).isEqualTo(ScanOutcome.UNKNOWN_KEY);
    }

    @Test
    void reportsARevokedKeyEvenForAGoodSignature() {
        ChuKy chuKy = ChuKy.parse(SignatureVerifier.sign(signer, UNSIGNED));
        TrustList revoked = trustList.with(trusted.withStatus(KeyStatus.REVOKED));

        assertThat(SignatureVerifier.verify(chuKy, utf8(UNSIGNED), revoked)).isEqualTo(ScanOutcome.REVOKED_KEY);
        assertThat(SignatureVerifier.verify(chuKy, utf8("other<"), revoked)).isEqualTo(ScanOutcome.REVOKED_KEY);
    }

    @Test
    void retiredKeysStillVerifyTheQrsTheySigned() {
        ChuKy chuKy = ChuKy.parse(SignatureVerifier.sign(signer, UNSIGNED));
        TrustList retired = trustList.with(trusted.withStatus(KeyStatus.RETIRED));

        assertThat(SignatureVerifier.verify(chuKy, utf8(UNSIGNED), retired)).isEqualTo(ScanOutcome.VALID);
    }

    @Test
    void neverThrowsWhateverItIsGiven() {
        ChuKy chuKy = ChuKy.parse(SignatureVerifier.sign(signer, UNSIGNED));

        assertThat(SignatureVerifier.verify(null, utf8(UNSIGNED), trustList)).isEqualTo(ScanOutcome.MALFORMED);
        assertThat(SignatureVerifier.verify(chuKy, null, trustList)).isEqualTo(ScanOutcome.INVALID_SIGNATURE);
        assertThat(SignatureVerifier.verify(chuKy, utf8(UNSIGNED), null)).isEqualTo(ScanOutcome.UNKNOWN_KEY);
        assertThat(SignatureVerifier.verify(ChuKy.of(signer.keyId(), new byte[64]), new byte[0], trustList))
                .isEqualTo(ScanOutcome.INVALID_SIGNATURE);
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[64];
            random.nextBytes(junk);
            assertThat(SignatureVerifier.verify(ChuKy.of(signer.keyId(), junk), utf8(UNSIGNED), trustList))
                    .isEqualTo(ScanOutcome.INVALID_SIGNATURE);
        }
    }

    @Test
    void verifiesFromManyThreadsAtOnce() throws Exception {
        ChuKy chuKy = ChuKy.parse(SignatureVerifier.sign(signer, UNSIGNED));
        ChuKy forged = ChuKy.of(signer.keyId(), InMemorySigner.generate().sign(utf8(UNSIGNED)));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) { // pooled Signature objects must not mix up keys or state
                        if (SignatureVerifier.verify(chuKy, utf8(UNSIGNED), trustList) != ScanOutcome.VALID
                                || SignatureVerifier.verify(forged, utf8(UNSIGNED), trustList) != ScanOutcome.INVALID_SIGNATURE) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    @Test
    void signsOnlyTextsThatEndWithTheSeparatorBeforeChuKy() {
        assertThatThrownBy(() -> SignatureVerifier.sign(signer, "001093029317|A|1987-01-18|0|162979388586171103|"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'<'");
    }

    @Test
    void refusesASignerThatReturnsSomethingOtherThanRawRs() {
        Signer broken = new Signer() {
            @Override
            public String keyId() {
                return signer.keyId();
            }

            @Override
            public byte[] sign(byte[] message) {
                return new byte[70]; // e.g. a DER signature from an HSM, not converted
            }
        };

        assertThatThrownBy(() -> SignatureVerifier.sign(broken, UNSIGNED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("70 signature bytes");
    }
}
