package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The revocation list's three hashes of the EU's German test certificate, as computed outside
 * Java (Python's hashlib over its UVCI, "DE" + UVCI and the first half of its ES256 signature).
 */
class RevocationHashesTest {

    @Test
    void theGermanTestCertificateHashesAsTheSpecificationSays() throws Exception {
        DccCertificate certificate = DccDecoder.decode(EuTestDataTest.load("DE-1.json").path("PREFIX").asText()).certificate();

        Map<RevocationHashes.Type, byte[]> hashes = RevocationHashes.of(certificate);

        assertThat(certificate.claims().issuer()).isEqualTo("DE");
        assertThat(hex(hashes.get(RevocationHashes.Type.UCI))).isEqualTo("f07527a45b104e036ec065620b3b4f6d");
        assertThat(hex(hashes.get(RevocationHashes.Type.COUNTRYCODEUCI))).isEqualTo("976f172add02aed29fd38b6d8a825f99");
        assertThat(hex(hashes.get(RevocationHashes.Type.SIGNATURE))).isEqualTo("2438c3f0f812c7f9190c36abc49c2e10");
    }

    @Test
    void aPs256SignatureIsHashedWholeAnEs256OneByItsFirstHalf() {
        DccCertificate rsa = DccDecoder.decode(DccIssuer.sign(Fixtures.test(), Fixtures.CLAIMS, TestSigners.rsa("RSA"))).certificate();
        DccCertificate ec = DccDecoder.decode(DccIssuer.sign(Fixtures.test(), Fixtures.CLAIMS, TestSigners.ec("EC"))).certificate();

        assertThat(signatureHash(withLastByteChanged(rsa))).isNotEqualTo(signatureHash(rsa));
        assertThat(signatureHash(withLastByteChanged(ec))).isEqualTo(signatureHash(ec)); // s is not hashed
    }

    private static byte[] signatureHash(DccCertificate certificate) {
        return RevocationHashes.of(certificate).get(RevocationHashes.Type.SIGNATURE);
    }

    private static DccCertificate withLastByteChanged(DccCertificate certificate) {
        byte[] signature = certificate.signature();
        signature[signature.length - 1] ^= 1;
        return new DccCertificate(certificate.header(), certificate.claims(), certificate.type(), certificate.payloadJson(), signature);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
