package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever a QR holds, reading it ends in steps with a reason, never an exception or a huge allocation. */
class UntrustedInputTest {
    private static final DccSigningKey SIGNER = TestSigners.ec("DSC");
    private static final DccVerifier VERIFIER = new DccVerifier(SignerCertificates.of(List.of(SIGNER.certificate())));

    @Test
    void aZlibBombStopsAtTheCap() {
        String bomb = DccIssuer.text(new byte[10 * Zlib.MAX_INFLATED]); // zeros deflate to a few hundred bytes
        DccResult result = VERIFIER.verify(bomb, Fixtures.NOW);

        assertThat(result.failedStep()).isEqualTo(Step.ZLIB);
        assertThat(result.reason()).contains("beyond");
    }

    @Test
    void aTextLongerThanAnyQrIsRefusedAtOnce() {
        DccResult result = VERIFIER.verify("HC1:" + "0".repeat(DccDecoder.MAX_TEXT_LENGTH), Fixtures.NOW);

        assertThat(result.failedStep()).isEqualTo(Step.PREFIX);
    }

    @Test
    void emptyAndNullTextsFailThePrefix() {
        assertThat(VERIFIER.verify("", Fixtures.NOW).failedStep()).isEqualTo(Step.PREFIX);
        assertThat(VERIFIER.verify(null, Fixtures.NOW).failedStep()).isEqualTo(Step.PREFIX);
        assertThat(VERIFIER.verify("HC1:", Fixtures.NOW).failedStep()).isEqualTo(Step.ZLIB);
    }

    @Test
    void randomDamageToAValidTextNeverThrows() {
        String valid = DccIssuer.sign(Fixtures.vaccination(), Fixtures.CLAIMS, SIGNER);
        Random random = new Random(24);
        for (int i = 0; i < 3_000; i++) {
            char[] text = valid.toCharArray();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                text[4 + random.nextInt(text.length - 4)] = Base45.ALPHABET.charAt(random.nextInt(45));
            }
            String damaged = new String(text);
            assertThatCode(() -> {
                DccResult result = VERIFIER.verify(damaged, Fixtures.NOW);
                assertThat(result.valid() || result.reason() != null).isTrue();
            }).as(damaged).doesNotThrowAnyException();
        }
    }

    @Test
    void damagedCoseAndCwtBytesNeverThrow() {
        byte[] message = DccIssuer.signCose(DccIssuer.cwt(Fixtures.vaccination(), Fixtures.CLAIMS), SIGNER, true);
        Random random = new Random(5);
        for (int i = 0; i < 3_000; i++) {
            byte[] damaged = message.clone();
            damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            String text = DccIssuer.text(damaged);
            assertThatCode(() -> VERIFIER.verify(text, Fixtures.NOW)).doesNotThrowAnyException();
        }
    }
}
