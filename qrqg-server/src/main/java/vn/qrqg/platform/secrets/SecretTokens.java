package vn.qrqg.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The platform's bearer secrets (holder tokens, venue owner tokens, portal session cookies): 32
 * random bytes in base64url without padding (43 characters). Stored as SHA-256 only: for a 256-bit
 * random secret a fast hash is enough (nothing to guess from a leaked hash), and unlike a slow
 * password hash it can be looked up by equality.
 */
public final class SecretTokens {
    public static final int RANDOM_BYTES = 32;
    /** ceil(32 * 8 / 6) characters of base64url without padding. */
    public static final int LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private SecretTokens() {
    }

    public static String generate() {
        byte[] secret = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(secret);
        return BASE64URL.encodeToString(secret);
    }

    /** The SHA-256 of the token's characters (UTF-8, ASCII for the tokens made here): what a table keeps and looks up. */
    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether {@code token} could be one the platform made; anything else is refused without a query. */
    public static boolean isWellFormed(String token) {
        if (token == null || token.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = token.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        // 43 characters carry 258 bits: the last one holds 2 unused bits, zero in every token made here
        return "AEIMQUYcgkosw048".indexOf(token.charAt(LENGTH - 1)) >= 0;
    }
}
