package vn.qrqg.codec.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.signature.TrustedKey;

/**
 * Coverage-guided fuzzing of the one entry point scanners call with untrusted text. With
 * {@code JAZZER_FUZZ=1} (set by the build) it fuzzes for a bounded time; otherwise it replays
 * the corpus in {@code src/test/resources/vn/qrqg/codec/scan/ScanClassifierFuzzTestInputs}.
 * Any exception, of any kind, is a finding: the classifier must answer with a result.
 */
class ScanClassifierFuzzTest {

    private static final InMemorySigner SIGNER = InMemorySigner.generate();
    private static final ScanClassifier CLASSIFIER = new ScanClassifier(
            TrustList.of(List.of(new TrustedKey(SIGNER.keyId(), SIGNER.publicKey(), KeyStatus.ACTIVE))),
            List.of("https://qr.example.vn", "http://localhost:8080"));

    @FuzzTest(maxDuration = "45s")
    void classifierAnswersEveryTextWithATypedResult(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ScanResult result = CLASSIFIER.classify(text);
        assertThat(result).isNotNull();
        assertThat(result.outcome()).isNotNull();
        if (result instanceof ScanResult.Malformed malformed) {
            assertThat(malformed.field()).isNotBlank();
            assertThat(malformed.position()).isBetween(-1, text.codePointCount(0, text.length()));
        }
        // the issuer's classification differs only in leaving the signature for later
        ScanResult before = CLASSIFIER.classifyBeforeSignature(text);
        if (result instanceof ScanResult.Personal personal && personal.outcome() == ScanOutcome.INVALID_SIGNATURE) {
            assertThat(before.outcome()).isEqualTo(ScanOutcome.VALID);
            assertThat(CLASSIFIER.verify(((ScanResult.Personal) before).qr())).isEqualTo(ScanOutcome.INVALID_SIGNATURE);
        } else if (!(result instanceof ScanResult.Malformed)) {
            assertThat(before).isEqualTo(result);
        } else {
            assertThat(before.outcome()).isEqualTo(ScanOutcome.MALFORMED);
        }
    }
}
