package vn.qrqg.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.codec.scan.ScanClassifier;
import vn.qrqg.codec.scan.ScanKind;
import vn.qrqg.codec.scan.ScanResult;
import vn.qrqg.codec.signature.EcdsaP256;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.SignatureVerifier;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.signature.TrustedKey;

/**
 * Throughput of the personal QR's hot paths on one thread: what a scanner does per scan
 * (parse + verify) and what the platform does per issued QR (sign).
 *
 * <p>The codec picks its ECDSA provider once per JVM, so the provider cannot be a
 * {@code @Param}; each subclass runs these same benchmarks in its own fork with its own
 * {@code -Dqrqg.crypto.provider} ({@link PersonalQrConscryptBenchmark}, {@link PersonalQrJdkBenchmark}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(1) // the target is per core
@Warmup(iterations = 5, time = 2) // 10 s: in one run SunEC was still below full speed after 6 s
@Measurement(iterations = 5, time = 3)
public abstract class PersonalQrBenchmark {

    private InMemorySigner signer;
    private PersonalQrContent content;
    private TrustList trustList;
    private ScanClassifier classifier;
    private String fullForm;       // the signed full-form QR text, as a scanner reads it
    private PersonalQr parsed;     // fullForm already parsed, for verifyOnly
    private byte[] signedBytes;    // parsed.signedBytes(), for verifyOnly

    /** How {@link EcdsaP256#providerName()} must start in this fork, e.g. {@code Conscrypt}. */
    protected abstract String expectedProvider();

    @Setup(Level.Trial)
    public void setUp() {
        String provider = EcdsaP256.providerName();
        // printed by the forked JVM, so the run's log says which provider produced the numbers
        System.out.println("# QRQG ECDSA P-256 provider: " + provider + ", JVM " + Runtime.version());
        // a silent fallback would report JDK numbers under the Conscrypt name: refuse instead
        check(provider.startsWith(expectedProvider()),
                "the provider is " + provider + ", this benchmark measures " + expectedProvider());

        signer = InMemorySigner.generate();
        trustList = TrustList.of(List.of(new TrustedKey(signer.keyId(), signer.publicKey(), KeyStatus.ACTIVE)));
        classifier = new ScanClassifier(trustList, List.of("https://qr.example.vn"));
        // a realistic full form: 12-digit CCCD, a name with diacritics, insurance number and phone all present
        content = PersonalQrContent.of(DocumentNumber.parse("001193029317"), "Nguyễn Lê Khả Hân",
                BirthDate.parse("1993-01-18"), Qid.parse("162979388586171104", Qid.FIELD), null, Gender.FEMALE,
                "DN4017915019812", "0912345678");
        fullForm = content.sign(QrForm.FULL, signer);
        parsed = PersonalQr.parse(fullForm);
        signedBytes = parsed.signedBytes();

        // fail fast: a benchmark whose QR does not verify (or whose verifier accepts anything) reports nothing
        check(parsed.form() == QrForm.FULL && !parsed.insuranceNumber().isEmpty() && !parsed.phone().isEmpty(),
                "the QR is not a full form with insurance number and phone: " + fullForm);
        check(parseAndVerifyFullForm() == ScanOutcome.VALID, "the full-form QR does not verify: " + fullForm);
        ScanResult scan = classifyFullForm();
        check(scan.kind() == ScanKind.PERSONAL && scan.outcome() == ScanOutcome.VALID,
                "the classifier says " + scan + " for " + fullForm);
        PersonalQr masked = PersonalQr.parse(content.sign(QrForm.MASKED, signer));
        check(SignatureVerifier.verify(masked.signature(), masked.signedBytes(), trustList) == ScanOutcome.VALID,
                "the masked-form QR does not verify");
        PersonalQr tampered = PersonalQr.parse(fullForm.replace("DN4017915019812", "DN4017915019813"));
        check(SignatureVerifier.verify(tampered.signature(), tampered.signedBytes(), trustList)
                == ScanOutcome.INVALID_SIGNATURE, "a tampered QR still verifies");
    }

    /** Parsing alone, no cryptography: the share of parse+verify that is not ECDSA. */
    @Benchmark
    public PersonalQr parseOnly() {
        return PersonalQr.parse(fullForm);
    }

    /** One ECDSA P-256 verification of an already parsed QR: the share that is cryptography. */
    @Benchmark
    public ScanOutcome verifyOnly() {
        return SignatureVerifier.verify(parsed.signature(), signedBytes, trustList);
    }

    /** What the target is about: read a scanned full-form QR and check its signature. */
    @Benchmark
    public ScanOutcome parseAndVerifyFullForm() {
        PersonalQr qr = PersonalQr.parse(fullForm);
        return SignatureVerifier.verify(qr.signature(), qr.signedBytes(), trustList);
    }

    /** The scanners' single entry point: tell the kind of text apart, parse, verify. */
    @Benchmark
    public ScanResult classifyFullForm() {
        return classifier.classify(fullForm);
    }

    /** Issuing one full-form QR: build the text and sign it. */
    @Benchmark
    public String signFullForm() {
        return content.sign(QrForm.FULL, signer);
    }

    /** Issuing a person's QRs: both forms are signed separately (FORMATS.md §1), so two signatures. */
    @Benchmark
    public void signBothForms(Blackhole blackhole) {
        blackhole.consume(content.sign(QrForm.MASKED, signer));
        blackhole.consume(content.sign(QrForm.FULL, signer));
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("benchmark setup: " + problem);
        }
    }
}
