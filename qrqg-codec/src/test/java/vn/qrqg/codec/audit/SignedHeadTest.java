package vn.qrqg.codec.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.signature.TrustedKey;

class SignedHeadTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private final InMemorySigner signer = InMemorySigner.generate();
    private final TrustList trusted = TrustList.of(List.of(new TrustedKey(signer.keyId(), signer.publicKey(),
            KeyStatus.ACTIVE)));

    @Test
    void theSignedPayloadIsFiveLinesAnyoneCanRebuild() {
        byte[] previous = AuditChain.genesis(DAY.minusDays(1));
        SignedHead head = SignedHead.sign(DAY, 0, AuditChain.genesis(DAY), previous, signer);

        assertThat(new String(head.payload(), StandardCharsets.UTF_8)).isEqualTo("qrqg-audit-head/1\nday=2026-12-06\n"
                + "records=0\nhead=" + SignedHead.text(AuditChain.genesis(DAY)) + "\nprevious="
                + SignedHead.text(previous) + "\n");
        assertThat(head.keyId()).isEqualTo(signer.keyId());
        assertThat(head.verify(trusted)).isEqualTo(ScanOutcome.VALID);
    }

    @Test
    void aHeadWhoseCountOrHashWasChangedNoLongerVerifies() {
        SignedHead head = SignedHead.sign(DAY, 12, AuditChain.genesis(DAY), null, signer);

        assertThat(new SignedHead(DAY, 11, head.head(), null, head.signature()).verify(trusted))
                .isEqualTo(ScanOutcome.INVALID_SIGNATURE);
        assertThat(new SignedHead(DAY, 12, AuditChain.genesis(DAY.plusDays(1)), null, head.signature()).verify(trusted))
                .isEqualTo(ScanOutcome.INVALID_SIGNATURE);
        assertThat(head.verify(TrustList.empty())).isEqualTo(ScanOutcome.UNKNOWN_KEY);
        assertThat(new SignedHead(DAY, 12, head.head(), null, "not a signature").verify(trusted))
                .isEqualTo(ScanOutcome.MALFORMED);
    }
}
