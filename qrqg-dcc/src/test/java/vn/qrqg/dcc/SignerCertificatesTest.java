package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignerCertificatesTest {
    private static final DccSigningKey SIGNER = TestSigners.ec("DSC");

    @Test
    void readsACertificateAsDerPemOrBase64Text() throws Exception {
        byte[] der = SIGNER.certificate().getEncoded();
        String base64 = Base64.getEncoder().encodeToString(der);

        assertThat(SignerCertificates.parseCertificate(der)).isEqualTo(SIGNER.certificate());
        assertThat(SignerCertificates.parseCertificate(TestSigners.pem(SIGNER.certificate()).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(SIGNER.certificate());
        assertThat(SignerCertificates.parseCertificate((base64 + "\n").getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(SIGNER.certificate());
        assertThatThrownBy(() -> SignerCertificates.parseCertificate("not a certificate".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheGatewayTrustListAndSkipsWhatIsNotADocumentSigner() throws Exception {
        String raw = Base64.getEncoder().encodeToString(SIGNER.certificate().getEncoded());
        String list = "[{\"kid\":\"ignored\",\"country\":\"VN\",\"certificateType\":\"DSC\",\"rawData\":\"" + raw + "\"},"
                + "{\"certificateType\":\"CSCA\",\"rawData\":\"" + raw + "\"},"
                + "{\"certificateType\":\"DSC\",\"rawData\":\"AAAA\"}]";

        SignerCertificates signers = SignerCertificates.fromTrustList(list);

        assertThat(signers.size()).isEqualTo(1);
        assertThat(signers.skipped()).isEqualTo(1);
        assertThat(signers.forKid(SIGNER.kid())).hasSize(1);
        assertThat(SignerCertificates.fromTrustList("{\"certificates\":" + list + "}").size()).isEqualTo(1);
    }

    @Test
    void refusesATrustListThatIsNotOne() {
        assertThatThrownBy(() -> SignerCertificates.fromTrustList("{\"keys\":[]}")).hasMessageContaining("neither");
        assertThatThrownBy(() -> SignerCertificates.fromTrustList("<html>")).hasMessageContaining("not JSON");
    }

    @Test
    void theKeyIdIsTheFirstEightBytesOfTheCertificatesSha256() throws Exception {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(SIGNER.certificate().getEncoded());
        assertThat(SignerCertificates.kid(SIGNER.certificate())).isEqualTo(java.util.Arrays.copyOf(hash, 8));
    }
}
