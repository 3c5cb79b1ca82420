package vn.qrqg.dcc;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Objects;
import vn.qrqg.codec.signature.EcdsaP256;

/**
 * A document signer's private key with its certificate: EC P-256 signs ES256, RSA signs PS256;
 * the key id is the certificate's. Keep it behind this one type so the key can move to an HSM
 * later without touching callers. The EC key is converted once into the codec's crypto provider.
 */
public final class DccSigningKey {
    private final PrivateKey key;
    private final X509Certificate certificate;
    private final String algorithm;
    private final byte[] kid;

    public DccSigningKey(PrivateKey key, X509Certificate certificate) {
        Objects.requireNonNull(key, "key");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        if (key instanceof ECPrivateKey) {
            this.algorithm = "ES256";
            this.key = EcdsaP256.nativePrivateKey(key);
        } else if (key instanceof RSAPrivateKey) {
            this.algorithm = "PS256";
            this.key = key;
        } else {
            throw new IllegalArgumentException("a document signer key is EC P-256 or RSA, not " + key.getAlgorithm());
        }
        if (!certificate.getPublicKey().getAlgorithm().equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("the certificate holds a " + certificate.getPublicKey().getAlgorithm()
                    + " key, the private key is " + key.getAlgorithm());
        }
        this.kid = SignerCertificates.kid(certificate);
    }

    /** {@code ES256} or {@code PS256}. */
    public String algorithm() {
        return algorithm;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public byte[] kid() {
        return kid.clone();
    }

    byte[] sign(byte[] toBeSigned) {
        return Signatures.sign(algorithm, key, toBeSigned);
    }
}
