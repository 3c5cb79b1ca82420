package vn.qrqg.dcc;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import vn.qrqg.codec.signature.EcdsaP256;

/**
 * The two signature algorithms of the hcert specification. ES256 goes through the codec's
 * ECDSA P-256 (Conscrypt when it loads: the common case, and the fast one); PS256 (RSASSA-PSS,
 * SHA-256, MGF1 SHA-256, 32-byte salt) through the JDK.
 */
final class Signatures {
    private static final PSSParameterSpec PSS = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private Signatures() {
    }

    /** Null when the signature verifies; otherwise why not. */
    static String verify(String algorithm, TrustedSigner signer, byte[] toBeSigned, byte[] signature) {
        PublicKey certificateKey = signer.certificate().getPublicKey();
        return switch (algorithm) {
            case "ES256" -> {
                if (!(certificateKey instanceof ECPublicKey)) {
                    yield "the header says ES256 but the signer certificate holds a " + certificateKey.getAlgorithm() + " key";
                }
                yield EcdsaP256.verify(signer.verificationKey(), toBeSigned, signature) ? null : "does not verify";
            }
            case "PS256" -> {
                if (!(certificateKey instanceof RSAPublicKey)) {
                    yield "the header says PS256 but the signer certificate holds a " + certificateKey.getAlgorithm() + " key";
                }
                yield verifyPss(certificateKey, toBeSigned, signature) ? null : "does not verify";
            }
            default -> "unknown algorithm " + algorithm;
        };
    }

    private static boolean verifyPss(PublicKey key, byte[] toBeSigned, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("RSASSA-PSS");
            verifier.setParameter(PSS);
            verifier.initVerify(key);
            verifier.update(toBeSigned);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false; // a malformed signature is a signature that does not verify
        }
    }

    /** ES256 (raw r‖s) with a key already in the codec provider's form, or PS256 with an RSA key. */
    static byte[] sign(String algorithm, PrivateKey key, byte[] toBeSigned) {
        if (algorithm.equals("ES256")) {
            return EcdsaP256.sign(key, toBeSigned);
        }
        try {
            Signature signer = Signature.getInstance("RSASSA-PSS");
            signer.setParameter(PSS);
            signer.initSign(key);
            signer.update(toBeSigned);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PS256 signing failed: " + e.getMessage(), e);
        }
    }
}
