package vn.qrqg.clients.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the token-signing key at rest: AES-256-GCM under the key from
 * {@code QRQG_TOKEN_KEY_ENCRYPTION_KEY}, a fresh random 12-byte IV in front of the ciphertext,
 * and the kid as associated data, so that a sealed key moved to another row does not unseal.
 * Thread-safe.
 */
final class TokenKeySealer {
    static final String VARIABLE = "QRQG_TOKEN_KEY_ENCRYPTION_KEY";
    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    TokenKeySealer(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the token-key encryption key must be " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The sealer of the configured base64 key; the message names the variable, never the value. */
    static TokenKeySealer fromBase64(String configured) {
        String rule = VARIABLE + " must be the base64 of " + KEY_BYTES + " random bytes (openssl rand -base64 32)";
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(rule + "; it is not valid base64");
        }
        if (decoded.length != KEY_BYTES) {
            throw new IllegalArgumentException(rule + "; it decodes to " + decoded.length + " bytes");
        }
        return new TokenKeySealer(decoded);
    }

    byte[] seal(String kid, byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = Arrays.copyOf(iv, IV_BYTES + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, IV_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot encrypt with AES-256-GCM: " + e.getMessage(), e);
        }
    }

    byte[] unseal(String kid, byte[] sealed) {
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("the sealed token-signing key " + kid + " is too short to be one");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("cannot unseal the token-signing key " + kid + ": it was sealed under "
                    + "another " + VARIABLE + ", or its row was altered. Set the key it was sealed under, or delete "
                    + "the rows of clients_token_key to start with a new signing key (issued tokens then stop working)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot decrypt with AES-256-GCM: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "TokenKeySealer[AES-256-GCM, key from " + VARIABLE + "]"; // never the key
    }
}
