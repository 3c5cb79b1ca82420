package vn.qrqg.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the platform's private keys at rest (issuance's signing keys, clients' access-token
 * signing key): AES-256-GCM under the key-encryption key, a fresh random 12-byte IV per key
 * stored in front of the ciphertext, and the kid as associated data so that a sealed key copied
 * into another row does not unseal there. The one sealer of the platform is a bean, from
 * {@link KeyEncryptionKeys}. Thread-safe.
 */
public final class KeySealer {
    public static final int KEY_BYTES = 32;
    public static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey keyEncryptionKey;
    private final String source;
    private final SecureRandom random = new SecureRandom();

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
        this.keyEncryptionKey = new SecretKeySpec(keyEncryptionKey, "AES");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** IV followed by the ciphertext and tag of {@code plaintext}, bound to {@code kid}. */
    public byte[] seal(String kid, byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keyEncryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(kid));
            byte[] sealed = Arrays.copyOf(iv, IV_BYTES + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, IV_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot encrypt with AES-256-GCM: " + e.getMessage(), e);
        }
    }

    /** The plaintext {@link #seal} sealed for {@code kid}; a clear {@link IllegalStateException} otherwise. */
    public byte[] unseal(String kid, byte[] sealed) {
        if (sealed == null || sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("the sealed private key of signing key " + kid + " is too short to be one");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, keyEncryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(associatedData(kid));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("cannot unseal the private key of signing key " + kid
                    + ": it was sealed under another key-encryption key than the one from " + source
                    + ", or its row was altered (or copied from another kid)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot decrypt with AES-256-GCM: " + e.getMessage(), e);
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
            mac.init(new SecretKeySpec(keyEncryptionKey.getEncoded(), "HmacSHA256"));
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
