package vn.qrqg.passports.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A signer's private key and its certificate: a CSCA's, which certifies document signers, or a
 * DSC's, which signs certificates. Never logged: {@link #toString} names the certificate only.
 *
 * @param key null for a CSCA whose key the platform does not hold
 */
record SignerKeyPair(PrivateKey key, X509Certificate certificate) {

    SignerKeyPair {
        Objects.requireNonNull(certificate, "certificate");
    }

    @Override
    public String toString() {
        return "SignerKeyPair[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
