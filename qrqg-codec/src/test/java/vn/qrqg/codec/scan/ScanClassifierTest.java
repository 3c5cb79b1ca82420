package vn.qrqg.codec.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.signature.TrustedKey;

/** The issuer's classification, whose signature check waits for the comparison with its stored copies. */
class ScanClassifierTest {
    private static final List<String> VENUES = List.of("https://qr.example.vn");

    private final InMemorySigner active = InMemorySigner.generate();
    private final InMemorySigner revoked = InMemorySigner.generate();
    private final InMemorySigner unknown = InMemorySigner.generate();
    private final ScanClassifier classifier = new ScanClassifier(TrustList.of(List.of(
            new TrustedKey(active.keyId(), active.publicKey(), KeyStatus.ACTIVE),
            new TrustedKey(revoked.keyId(), revoked.publicKey(), KeyStatus.REVOKED))), VENUES);

    @Test
    void aGenuineQrIsValidBeforeAndAfterItsSignatureIsChecked() {
        String qr = qr(active);
        ScanResult.Personal before = (ScanResult.Personal) classifier.classifyBeforeSignature(qr);

        assertThat(before.outcome()).isEqualTo(ScanOutcome.VALID);
        assertThat(classifier.verify(before.qr())).isEqualTo(ScanOutcome.VALID);
        assertThat(classifier.classify(qr).outcome()).isEqualTo(ScanOutcome.VALID);
    }

    @Test
    void aTamperedQrPassesOnlyUntilItsSignatureIsChecked() {
        String qr = qr(active).replace("1993-01-18", "1993-01-19");
        ScanResult.Personal before = (ScanResult.Personal) classifier.classifyBeforeSignature(qr);

        assertThat(before.outcome()).isEqualTo(ScanOutcome.VALID);
        assertThat(classifier.verify(before.qr())).isEqualTo(ScanOutcome.INVALID_SIGNATURE);
        assertThat(classifier.classify(qr).outcome()).isEqualTo(ScanOutcome.INVALID_SIGNATURE);
    }

    @Test
    void aRevokedOrUnknownKeyIsRefusedBeforeAnySignatureCheck() {
        assertThat(classifier.classifyBeforeSignature(qr(revoked)).outcome()).isEqualTo(ScanOutcome.REVOKED_KEY);
        assertThat(classifier.classifyBeforeSignature(qr(unknown)).outcome()).isEqualTo(ScanOutcome.UNKNOWN_KEY);
    }

    @Test
    void textsThatAreNoPersonalQrAreClassifiedAlike() {
        for (String text : List.of("", "https://qr.example.vn/v/ABC", "hello", "001|A|B|C|D|E|F", qr(active) + "|x")) {
            assertThat(classifier.classifyBeforeSignature(text)).as(text).hasToString(classifier.classify(text).toString());
        }
    }

    private static String qr(InMemorySigner signer) {
        return PersonalQrContent.of(DocumentNumber.parse("001193029317"), "Nguyễn Lê Khả Hân",
                BirthDate.parse("1993-01-18"), Qid.parse("162979388586171104", "QID"), null, Gender.FEMALE, null,
                "0912345678").sign(QrForm.FULL, signer);
    }
}
