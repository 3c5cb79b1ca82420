package vn.qrqg.dcc;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import vn.qrqg.codec.signature.EcdsaP256;

/**
 * A document signer certificate ready to verify: its P-256 key converted once into the codec's
 * crypto provider (Conscrypt when it loads), so a verification does not convert it again.
 *
 * @param verificationKey the provider's form of an EC P-256 key; the certificate's own key otherwise (RSA)
 */
record TrustedSigner(X509Certificate certificate, PublicKey verificationKey) {

    static TrustedSigner of(X509Certificate certificate) {
        PublicKey key = certificate.getPublicKey();
        if (key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() == 256) {
            try {
                return new TrustedSigner(certificate, EcdsaP256.nativePublicKey(ec));
            } catch (IllegalArgumentException e) {
                return new TrustedSigner(certificate, key); // not P-256 after all: ES256 will refuse it
            }
        }
        return new TrustedSigner(certificate, key);
    }
}
