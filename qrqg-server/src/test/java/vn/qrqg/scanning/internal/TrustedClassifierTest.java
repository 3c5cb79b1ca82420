package vn.qrqg.scanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.codec.scan.ScanResult;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.signature.TrustedKey;

class TrustedClassifierTest {
    private static final List<String> VENUES = List.of("https://qr.example.vn");

    private final InMemorySigner first = InMemorySigner.generate();
    private final InMemorySigner second = InMemorySigner.generate();
    private final AtomicReference<TrustList> published = new AtomicReference<>(trusting(first));
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void theTrustListIsReadOnceNotPerScan() {
        TrustedClassifier classifier = classifier(Duration.ofHours(1));
        for (int i = 0; i < 100; i++) {
            assertThat(classifier.classify(qr(first)).outcome()).isEqualTo(ScanOutcome.VALID);
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void aTamperedQrOfATrustedKeyWaitsForItsStoredCopyOrItsSignature() {
        // the look-up compares the text with the platform's copies; none matches a tampered one, so it verifies
        TrustedClassifier classifier = classifier(Duration.ofHours(1));
        String tampered = qr(first).replace("1993-01-18", "1993-01-19");

        ScanResult.Personal classified = (ScanResult.Personal) classifier.classify(tampered);

        assertThat(classified.outcome()).isEqualTo(ScanOutcome.VALID);
        assertThat(classifier.verify(classified.qr())).isEqualTo(ScanOutcome.INVALID_SIGNATURE);
        assertThat(classifier.verify(((ScanResult.Personal) classifier.classify(qr(first))).qr()))
                .isEqualTo(ScanOutcome.VALID);
    }

    @Test
    void aQrOfANewlyActiveKeyMakesTheListBeReadAgain() throws Exception {
        TrustedClassifier classifier = classifier(Duration.ofHours(1));
        classifier.classify(qr(first));
        published.set(trusting(first, second));
        Thread.sleep(TrustedClassifier.UNKNOWN_KEY_PAUSE_MILLIS + 10);
        assertThat(classifier.classify(qr(second)).outcome()).isEqualTo(ScanOutcome.VALID);
        assertThat(loads).hasValue(2);
    }

    @Test
    void unknownKeysReadTheListAtMostOncePerPause() {
        TrustedClassifier classifier = classifier(Duration.ofHours(1));
        for (int i = 0; i < 50; i++) {
            assertThat(classifier.classify(qr(second)).outcome()).isEqualTo(ScanOutcome.UNKNOWN_KEY);
        }
        assertThat(loads.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void aRevocationAppliesOnceTheRefreshIntervalHasPassed() throws Exception {
        TrustedClassifier classifier = classifier(Duration.ofMillis(50));
        assertThat(classifier.classify(qr(first)).outcome()).isEqualTo(ScanOutcome.VALID);
        published.set(TrustList.of(List.of(new TrustedKey(first.keyId(), first.publicKey(), KeyStatus.REVOKED))));
        Thread.sleep(60);
        assertThat(classifier.classify(qr(first)).outcome()).isEqualTo(ScanOutcome.REVOKED_KEY);
    }

    @Test
    void aFailedRefreshKeepsTheListItHas() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TrustedClassifier classifier = new TrustedClassifier(() -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("database down");
            }
            return trusting(first);
        }, VENUES, Duration.ofMillis(10));
        classifier.classify(qr(first));
        Thread.sleep(20);
        assertThat(classifier.classify(qr(first)).outcome()).isEqualTo(ScanOutcome.VALID);
    }

    private TrustedClassifier classifier(Duration refresh) {
        return new TrustedClassifier(() -> {
            loads.incrementAndGet();
            return published.get();
        }, VENUES, refresh);
    }

    private static TrustList trusting(InMemorySigner... signers) {
        return TrustList.of(java.util.Arrays.stream(signers)
                .map(signer -> new TrustedKey(signer.keyId(), signer.publicKey(), KeyStatus.ACTIVE)).toList());
    }

    private static String qr(InMemorySigner signer) {
        return PersonalQrContent.of(DocumentNumber.parse("001193029317"), "Nguyễn Lê Khả Hân",
                BirthDate.parse("1993-01-18"), Qid.parse("162979388586171104", "QID"), null, Gender.FEMALE, null,
                "0912345678").sign(QrForm.FULL, signer);
    }
}
