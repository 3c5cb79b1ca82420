package vn.qrqg.codec.revocation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
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

    /** The 11-character text of an id's value: the 8 big-endian bytes in unpadded base64url. */
    public static String text(long value) {
        char[] text = new char[LENGTH];
        text[LENGTH - 1] = ALPHABET.charAt((int) (value & 0xf) << 2); // 4 bits, then two zero bits
        value >>>= 4;
        for (int i = LENGTH - 2; i >= 0; i--) {
            text[i] = ALPHABET.charAt((int) (value & 0x3f));
            value >>>= 6;
        }
        return new String(text);
    }

    /** The value of an id's text; {@link RevocationListException} when it is not 11 canonical base64url characters. */
    public static long parse(String text) {
        // decoded by hand: a list holds millions of ids, and a decoder's arrays per id would dominate reading it
        long value = 0;
        boolean valid = text != null && text.length() == LENGTH;
        for (int i = 0; valid && i < LENGTH; i++) {
            int sextet = sextet(text.charAt(i));
            valid = sextet >= 0;
            value = i < LENGTH - 1 ? (value << 6) | sextet : (value << 4) | (sextet >> 2);
            // 11 characters carry 66 bits: the last one's two low bits are unused, and must be zero
            valid &= i < LENGTH - 1 || (sextet & 0b11) == 0;
        }
        if (!valid) {
            throw new RevocationListException("\"" + shorten(text) + "\" is not a revocation id (" + LENGTH
                    + " base64url characters)");
        }
        return value;
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : c == '_' ? 63 : -1;
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
