package vn.qrqg.issuance.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.platform.secrets.KeySealer;

/** Between the codec's signers and the sealed rows of {@code issuance_signing_key}. */
public final class SealedKeys {

    /** A signer and what of it goes into its row. */
    public record Sealed(InMemorySigner signer, byte[] publicKey, byte[] privateKeySealed) {
        public String kid() {
            return signer.keyId();
        }
    }

    private SealedKeys() {
    }

    /** A new P-256 key pair, its private key sealed for its kid. */
    public static Sealed generate(KeySealer sealer) {
        InMemorySigner signer = InMemorySigner.generate();
        byte[] pkcs8 = signer.privateKey().getEncoded();
        try {
            return new Sealed(signer, signer.publicKey().getEncoded(), sealer.seal(signer.keyId(), pkcs8));
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** The signer a row holds; {@link IllegalStateException} when it cannot be unsealed or does not match its kid. */
    public static InMemorySigner unseal(StoredSigningKey row, KeySealer sealer) {
        byte[] pkcs8 = sealer.unseal(row.kid(), row.privateKeySealed());
        try {
            PrivateKey privateKey = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            InMemorySigner signer = InMemorySigner.of(privateKey, publicKey(row.kid(), row.publicKey()));
            if (!signer.keyId().equals(row.kid())) {
                throw new IllegalStateException("signing key " + row.kid() + " holds the key pair of kid " + signer.keyId());
            }
            return signer;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("signing key " + row.kid() + " does not hold a usable P-256 key pair: "
                    + e.getMessage(), e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** The public key of a row's DER SubjectPublicKeyInfo. */
    public static ECPublicKey publicKey(String kid, byte[] spki) {
        try {
            if (KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki)) instanceof ECPublicKey key) {
                return key;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the public key of signing key " + kid + " is unreadable: " + e.getMessage(), e);
        }
        throw new IllegalStateException("the public key of signing key " + kid + " is not an EC key");
    }
}
