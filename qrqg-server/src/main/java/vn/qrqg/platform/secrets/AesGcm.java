package vn.qrqg.platform.secrets;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's one authenticated encryption for data at rest: AES-256-GCM, a fresh random
 * 12-byte IV per message stored in front of the ciphertext and its 16-byte tag, and associated
 * data (the row's id, a key's kid) so that a sealed value copied into another row does not open
 * there. The same layout as Google Tink's AES-GCM without prefix, so a move to Tink would keep
 * every sealed value opening; the JDK's cipher is used directly because Tink keeps one cipher
 * per thread, and here every request is a new virtual thread. Thread-safe.
 */
public final class AesGcm {
    public static final int KEY_BYTES = 32;
    public static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Idle JCE instances kept at most: more than ever run at once on a few cores. */
    private static final int POOLED = 64;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();
    // a JCE instance costs more than sealing a record: pooled (not one per thread: on virtual
    // threads every request has a new one), and initialised on each use
    private final ArrayBlockingQueue<Cipher> ciphers = new ArrayBlockingQueue<>(POOLED);

    /** @param key the 32 bytes of the key (copied) */
    public AesGcm(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key is " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** IV, then ciphertext and tag of {@code plaintext}, bound to {@code associatedData}. */
    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        Cipher cipher = Objects.requireNonNullElseGet(ciphers.poll(), AesGcm::newCipher);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            byte[] sealed = Arrays.copyOf(iv, IV_BYTES + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, IV_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot encrypt with AES-256-GCM: " + e.getMessage(), e);
        } finally {
            ciphers.offer(cipher);
        }
    }

    /**
     * The plaintext {@link #seal} sealed with this {@code associatedData}.
     *
     * @throws NotOpenedException when it was sealed under another key or for other associated
     *     data, or altered since
     */
    public byte[] open(byte[] sealed, byte[] associatedData) {
        if (sealed == null || sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new NotOpenedException("too short to be sealed data", null);
        }
        Cipher cipher = Objects.requireNonNullElseGet(ciphers.poll(), AesGcm::newCipher);
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new NotOpenedException("the authentication tag does not match", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot decrypt with AES-256-GCM: " + e.getMessage(), e);
        } finally {
            ciphers.offer(cipher);
        }
    }

    /** Sealed data that does not open: the caller says which value, and what that means there. */
    public static final class NotOpenedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotOpenedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot encrypt with AES-256-GCM: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "AesGcm[AES-256-GCM]"; // never the key
    }
}
