package vn.qrqg.codec.revocation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import vn.qrqg.codec.signature.ChuKy;

/**
 * The id a revocation list names one signed QR text by (FORMATS.md §4): the first
 * {@value #BYTES} bytes of the SHA-256 of its signature {@code r‖s} with {@code s} normalised to
 * the lower of {@code s} and {@code n − s}, written as 11 base64url characters. The signature,
 * not the QID: the QR carries no version, a revocation re-signs the same text (so only the
 * signature tells the old QR from the new), and a hash of a QID could be reversed by trying every
 * QID, while a signature cannot be guessed. Normalised, because {@code (r, n − s)} verifies as
 * well as {@code (r, s)} and would otherwise slip past the list.
 */
public final class RevocationId {
    /** 64 bits: see FORMATS.md §4 for the odds of a false refusal with 10 million entries. */
    public static final int BYTES = 8;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** {@value #BYTES} bytes in unpadded base64url. */
    public static final int LENGTH = 11;

    private RevocationId() {
    }

    /** The id of the QR whose {@code ChuKy} this is, as a list writes it. */
    public static String of(ChuKy chuKy) {
        return text(value(chuKy));
    }

    /** The id as the 8 big-endian bytes read as a signed {@code long}: how a list holds it. */
    public static long value(ChuKy chuKy) {
        byte[] hash = sha256(chuKy.normalisedSignature());
        long value = 0;
        for (int i = 0; i < BYTES; i++) {
            value = (value << 8) | (hash[i] & 0xff);
        }
        return value;
    }

    /** The 11-character text of an id's value. */
    public static String text(long value) {
        byte[] bytes = new byte[BYTES];
        for (int i = BYTES - 1; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return ENCODER.encodeToString(bytes);
    }

    /** The value of an id's text; {@link RevocationListException} when it is not 11 canonical base64url characters. */
    public static long parse(String text) {
        byte[] bytes;
        try {
            bytes = text == null || text.length() != LENGTH ? null : DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            bytes = null;
        }
        if (bytes == null || bytes.length != BYTES || !ENCODER.encodeToString(bytes).equals(text)) {
            throw new RevocationListException("\"" + shorten(text) + "\" is not a revocation id (" + LENGTH
                    + " base64url characters)");
        }
        long value = 0;
        for (byte b : bytes) {
            value = (value << 8) | (b & 0xff);
        }
        return value;
    }

    private static String shorten(String text) {
        return text == null ? "null" : text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
