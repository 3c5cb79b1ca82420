package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sign, then read back: every type, both algorithms, the key id in either header. */
class RoundTripTest {
    private static final DccSigningKey EC = TestSigners.ec("DSC EC");
    private static final DccSigningKey RSA = TestSigners.rsa("DSC RSA");
    private static final DccVerifier VERIFIER = new DccVerifier(SignerCertificates.of(List.of(EC.certificate(), RSA.certificate())));

    @Test
    void aVaccinationCertificateVerifiesAndReadsBackAsIssued() {
        ObjectNode payload = Fixtures.vaccination();
        String text = DccIssuer.sign(payload, Fixtures.CLAIMS, EC);

        DccResult result = VERIFIER.verify(text, Fixtures.NOW);

        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(text).startsWith("HC1:");
        DccCertificate certificate = result.certificate();
        assertThat(certificate.type()).isEqualTo(DccType.VACCINATION);
        assertThat(certificate.payload()).isEqualTo(payload);
        assertThat(certificate.claims()).isEqualTo(Fixtures.CLAIMS);
        assertThat(certificate.header().algorithm()).isEqualTo("ES256");
        assertThat(certificate.header().kidProtected()).isTrue();
        assertThat(certificate.header().kid()).isEqualTo(SignerCertificates.kid(EC.certificate()));
        assertThat(certificate.entry().path("ci").asText()).matches(Uvci::isValid);
        assertThat(result.signer()).isEqualTo(EC.certificate());
    }

    @Test
    void aTestCertificateSignedWithPs256Verifies() {
        DccResult result = VERIFIER.verify(DccIssuer.sign(Fixtures.test(), Fixtures.CLAIMS, RSA), Fixtures.NOW);

        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.certificate().type()).isEqualTo(DccType.TEST);
        assertThat(result.certificate().header().algorithm()).isEqualTo("PS256");
    }

    @Test
    void aRecoveryCertificateWithTheKeyIdInTheUnprotectedHeaderVerifies() {
        DccResult result = VERIFIER.verify(DccIssuer.sign(Fixtures.recovery(), Fixtures.CLAIMS, EC, false), Fixtures.NOW);

        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.certificate().type()).isEqualTo(DccType.RECOVERY);
        assertThat(result.certificate().header().kidProtected()).isFalse();
    }

    @Test
    void theSamePayloadEncodesToTheSameCwtWhateverTheOrderOfItsFields() {
        ObjectNode payload = Fixtures.vaccination();
        ObjectNode reordered = Cbor.JSON.createObjectNode();
        List.of("v", "dob", "nam", "ver").forEach(field -> reordered.set(field, payload.get(field)));

        assertThat(DccIssuer.cwt(reordered, Fixtures.CLAIMS)).isEqualTo(DccIssuer.cwt(payload, Fixtures.CLAIMS));
    }

    @Test
    void decodingAloneReadsThePayloadAndLeavesTheTrustStepsNotRun() {
        DccResult result = DccDecoder.decode(DccIssuer.sign(Fixtures.vaccination(), Fixtures.CLAIMS, EC));

        assertThat(result.decoded()).isTrue();
        assertThat(result.valid()).isFalse();
        assertThat(result.outcome(Step.CBOR)).isEqualTo(StepOutcome.PASSED);
        assertThat(List.of(Step.SIGNATURE, Step.EXPIRY, Step.SCHEMA, Step.KEY_USAGE))
                .allSatisfy(step -> assertThat(result.outcome(step)).isEqualTo(StepOutcome.NOT_RUN));
        assertThat(result.certificate().payload().path("nam").path("fnt").asText()).isEqualTo("NGUYEN");
        assertThat(result.certificate().payload().path("nam").path("gnt").asText()).isEqualTo("LE<KHA<HAN");
    }
}
