package vn.qrqg.codec.signature;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

/**
 * The {@code ChuKy} sub-field, {@code KID.SIG} (FORMATS.md §1): the signing key's 8-character id,
 * a dot, and the 64-byte raw {@code r‖s} signature as 86 base64url characters.
 */
public record ChuKy(String keyId, byte[] signature) {
    static final String FIELD = "ChuKy";
    private static final int SIGNATURE_START = KeyIds.LENGTH + 1;
    private static final int SIGNATURE_CHARS = 86;
    private static final int LENGTH = SIGNATURE_START + SIGNATURE_CHARS;

    /** Checks both parts and copies the signature, so the record cannot change under its user. */
    public ChuKy {
        if (!KeyIds.isWellFormed(keyId)) {
            throw new QrFormatException(FIELD, FormatProblem.BAD_FORMAT, -1, "the key id must be 8 base64url characters");
        }
        if (signature == null || signature.length != EcdsaDer.RAW_SIZE) {
            throw new QrFormatException(FIELD, FormatProblem.BAD_LENGTH, -1, "the signature must be the 64-byte raw r‖s, not "
                    + (signature == null ? "null" : signature.length + " bytes"));
        }
        signature = signature.clone();
    }

    public static ChuKy of(String keyId, byte[] rawSignature) {
        return new ChuKy(keyId, rawSignature);
    }

    /**
     * Strictly parses {@code KID.SIG}; a {@link QrFormatException} for field {@code ChuKy} names
     * the problem and its 0-based position in {@code text}.
     */
    public static ChuKy parse(String text) {
        if (text == null || text.isEmpty()) {
            throw error(FormatProblem.EMPTY, 0, "the signature is missing");
        }
        // Every character before the first bad one is ASCII, so char and code-point positions agree.
        int dot = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (dot >= 0) {
                    throw error(FormatProblem.BAD_CHARACTER, i, "a second '.'");
                }
                if (i != KeyIds.LENGTH) {
                    throw error(FormatProblem.BAD_LENGTH, 0, "the key id before '.' must be 8 characters, not " + i);
                }
                dot = i;
            } else if (!Base64Url.isAlphabet(c)) {
                throw error(FormatProblem.BAD_CHARACTER, i, describe(c));
            }
        }
        if (dot < 0) {
            throw error(FormatProblem.BAD_FORMAT, Math.min(KeyIds.LENGTH, text.length()),
                    "expected KID.SIG, with a '.' after the 8-character key id");
        }
        if (text.length() != LENGTH) {
            throw error(FormatProblem.BAD_LENGTH, SIGNATURE_START, "the signature after '.' must be 86 base64url characters"
                    + " (64 bytes), not " + (text.length() - SIGNATURE_START));
        }
        String signature = text.substring(SIGNATURE_START);
        if (!Base64Url.isCanonical(signature)) { // else one signature could be spelled 16 ways
            throw error(FormatProblem.BAD_CHARACTER, LENGTH - 1,
                    "the last character of a 64-byte base64url value is one of A, Q, g, w");
        }
        return new ChuKy(text.substring(0, KeyIds.LENGTH), Base64.getUrlDecoder().decode(signature));
    }

    private static String describe(char c) {
        return switch (c) {
            case '+', '/' -> "'" + c + "' is standard base64; base64url uses '-' and '_'";
            case '=' -> "base64url here has no '=' padding";
            case ' ', '\t', '\r', '\n' -> "whitespace";
            default -> String.format("character U+%04X is not base64url", (int) c);
        };
    }

    private static QrFormatException error(FormatProblem problem, int position, String detail) {
        return new QrFormatException(FIELD, problem, position, detail);
    }

    /**
     * The signature as ECDSA's other valid spelling would give it too: {@code r‖s} with {@code s}
     * replaced by {@code n − s} when it is the larger of the two ({@code n} the P-256 group order).
     * Anyone can turn a valid {@code (r, s)} into the valid {@code (r, n − s)} without the key, so
     * whatever identifies one QR by its signature (revocation ids) hashes this form. A copy.
     */
    public byte[] normalisedSignature() {
        byte[] normalised = signature.clone();
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, P256.SIZE, EcdsaDer.RAW_SIZE));
        if (s.signum() > 0 && s.compareTo(P256.ORDER) < 0 && s.compareTo(P256.ORDER.shiftRight(1)) > 0) {
            System.arraycopy(P256.toFixedBytes(P256.ORDER.subtract(s)), 0, normalised, P256.SIZE, P256.SIZE);
        }
        return normalised;
    }

    /** A copy: the record stays immutable. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChuKy that && keyId.equals(that.keyId) && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(signature);
    }

    /** The sub-field text, {@code KID.SIG}. */
    @Override
    public String toString() {
        return keyId + '.' + Base64Url.encode(signature);
    }
}
