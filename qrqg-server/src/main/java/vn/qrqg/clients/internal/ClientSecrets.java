package vn.qrqg.clients.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Random client secrets and client ids. */
public final class ClientSecrets {
    /** 256 bits: a secret nobody guesses, so that its slow hash guards against a leaked table only. */
    public static final int SECRET_BYTES = 32;
    /** What an operator-chosen secret must at least have (the bootstrap admin's). */
    public static final int MIN_CONFIGURED_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientSecrets() {
    }

    /** 32 random bytes, base64url without padding: 43 characters that need no escaping anywhere. */
    public static String newSecret() {
        return random(SECRET_BYTES);
    }

    /** An opaque client_id, {@code app-} and 16 random base64url characters. */
    public static String newClientId() {
        return "app-" + random(12);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
