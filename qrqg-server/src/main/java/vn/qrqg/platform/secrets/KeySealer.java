package vn.qrqg.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the platform's private keys and data keys at rest (issuance's signing keys, clients'
 * access-token signing key, the health records' data key): {@link AesGcm} under the
 * key-encryption key, with the kid as associated data so that a sealed key copied into another
 * row does not unseal there. The one sealer of the platform is a bean, from
 * {@link KeyEncryptionKeys}. Thread-safe.
 */
public final class KeySealer {
    public static final int KEY_BYTES = AesGcm.KEY_BYTES;
    public static final int IV_BYTES = AesGcm.IV_BYTES;

    private final byte[] keyEncryptionKey;
    private final AesGcm aead;
    private final String source;

    /**
     * @param keyEncryptionKey the 32 bytes of the key-encryption key (copied)
     * @param source where it came from, for error messages, e.g. "QRQG_KEY_ENCRYPTION_KEY"
     */
    public KeySealer(byte[] keyEncryptionKey, String source) {
        Objects.requireNonNull(keyEncryptionKey, "keyEncryptionKey");
        if (keyEncryptionKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the key-encryption key must be " + KEY_BYTES + " bytes, not "
                    + keyEncryptionKey.length);
        }
        this.keyEncryptionKey = keyEncryptionKey.clone();
        this.aead = new AesGcm(keyEncryptionKey);
        this.source = Objects.requireNonNull(source, "source");
    }

    /** IV followed by the ciphertext and tag of {@code plaintext}, bound to {@code kid}. */
    public byte[] seal(String kid, byte[] plaintext) {
        return aead.seal(plaintext, associatedData(kid));
    }

    /** The plaintext {@link #seal} sealed for {@code kid}; a clear {@link IllegalStateException} otherwise. */
    public byte[] unseal(String kid, byte[] sealed) {
        if (sealed == null || sealed.length < IV_BYTES + 16) {
            throw new IllegalStateException("the sealed private key of signing key " + kid + " is too short to be one");
        }
        try {
            return aead.open(sealed, associatedData(kid));
        } catch (AesGcm.NotOpenedException e) {
            throw new IllegalStateException("cannot unseal the private key of signing key " + kid
                    + ": it was sealed under another key-encryption key than the one from " + source
                    + ", or its row was altered (or copied from another kid)", e);
        }
    }

    /**
     * 32 bytes that every instance sharing this key-encryption key derives alike, and nobody
     * without it: HMAC-SHA-256 of {@code label} under the key. For a secret the platform needs
     * in several instances without storing it (the portal's client secret); each use its own label.
     */
    public byte[] derive(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyEncryptionKey, "HmacSHA256"));
            return mac.doFinal(("qrqg-derived:" + Objects.requireNonNull(label, "label")).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot compute HMAC-SHA-256: " + e.getMessage(), e);
        }
    }

    private static byte[] associatedData(String kid) {
        return Objects.requireNonNull(kid, "kid").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "KeySealer[AES-256-GCM, key from " + source + "]"; // never the key
    }
}
