package vn.qrqg.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One-time codes sent by SMS (a venue's registration, a citizen's sign-in to the portal): six
 * random digits, stored only as a hash, checked within their validity and a number of attempts.
 * A 6-digit code's hash does not resist a search of its million values; what guards the code is
 * its short life and the attempt limit, and the hash keeps it from being read straight off a
 * table. The callers keep the code's state in their own table and call {@link #check} with it,
 * inside the transaction that locks its row.
 */
public final class OneTimeCodes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    /** What a typed code does to a pending one. */
    public enum Outcome {
        /** The code sent, in time: the caller marks it used. */
        ACCEPTED,
        /** Not the code sent; {@link Check#attemptsLeft()} more may be tried. */
        WRONG_CODE,
        /** This was the last attempt allowed, or none was left: the code is void. */
        TOO_MANY_ATTEMPTS,
        /** Its time is up. */
        CODE_EXPIRED
    }

    /**
     * @param attemptsLeft after a {@link Outcome#WRONG_CODE}; 0 otherwise
     * @param countsAsWrong the caller records one more wrong attempt (and voids the code for
     *        {@link Outcome#TOO_MANY_ATTEMPTS})
     */
    public record Check(Outcome outcome, int attemptsLeft, boolean countsAsWrong) {
    }

    /** A pending code as its caller stores it. */
    public record Pending(UUID id, byte[] codeHash, Instant expiresAt, int failedAttempts) {
    }

    /** Six random digits, leading zeros included. */
    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** Six ASCII digits: anything else is refused as a bad field, without counting an attempt. */
    public static boolean isCodeShaped(String code) {
        return code != null && code.length() == 6 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** SHA-256 over the code's id and the code: equal codes of two ids hash apart. */
    public static byte[] hash(UUID id, String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((id + ":" + code).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compared in constant time. */
    public static boolean matches(byte[] storedHash, UUID id, String code) {
        return MessageDigest.isEqual(storedHash, hash(id, code));
    }

    /** What {@code code}, typed at {@code now}, does to {@code pending}, allowing {@code maxAttempts} wrong ones in all. */
    public static Check check(Pending pending, String code, Instant now, int maxAttempts) {
        if (pending.failedAttempts() >= maxAttempts) {
            return new Check(Outcome.TOO_MANY_ATTEMPTS, 0, false);
        }
        if (!now.isBefore(pending.expiresAt())) {
            return new Check(Outcome.CODE_EXPIRED, 0, false);
        }
        if (matches(pending.codeHash(), pending.id(), code)) {
            return new Check(Outcome.ACCEPTED, 0, false);
        }
        int left = maxAttempts - pending.failedAttempts() - 1;
        return left <= 0 ? new Check(Outcome.TOO_MANY_ATTEMPTS, 0, true) : new Check(Outcome.WRONG_CODE, left, true);
    }

    /** How long until the oldest of the codes sent within the last {@code window} leaves it: at least a second. */
    public static Duration retryAfter(Instant oldest, Duration window, Instant now) {
        Duration wait = Duration.between(now, oldest.plus(window));
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }
}
