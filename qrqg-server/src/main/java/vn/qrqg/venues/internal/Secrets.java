package vn.qrqg.venues.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The venues' owner tokens and their hashes (owners' one-time codes are {@link vn.qrqg.sms.OneTimeCodes}).
 * Only hashes are stored. An owner token has 256 random bits: its SHA-256 is enough, and looks
 * it up in one indexed query.
 */
final class Secrets {
    static final String OWNER_TOKEN_PREFIX = "qo_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** {@code qo_} and 32 random bytes in base64url: the prefix tells people and secret scanners what it is. */
    static String newOwnerToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return OWNER_TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String ownerTokenHash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
