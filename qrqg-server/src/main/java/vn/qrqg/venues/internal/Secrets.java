package vn.qrqg.venues.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The venues' secrets: owners' one-time codes and owner tokens, and their hashes. Only hashes
 * are stored. A 6-digit code's hash does not resist a search of its million values; what
 * guards the code is its short life and the attempt limit, and the hash keeps it from being
 * read straight off the table. An owner token has 256 random bits: its SHA-256 is enough, and
 * looks it up in one indexed query.
 */
final class Secrets {
    static final String OWNER_TOKEN_PREFIX = "qo_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** Six random digits, leading zeros included. */
    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static boolean isCodeShaped(String code) {
        return code != null && code.length() == 6 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** SHA-256 over the registration id and the code: equal codes of two registrations hash apart. */
    static byte[] codeHash(UUID registrationId, String code) {
        return sha256(registrationId + ":" + code);
    }

    /** Compared in constant time. */
    static boolean codeMatches(byte[] storedHash, UUID registrationId, String code) {
        return MessageDigest.isEqual(storedHash, codeHash(registrationId, code));
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
