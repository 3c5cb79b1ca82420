package vn.qrqg.codec.venue;

import java.security.SecureRandom;
import java.util.Objects;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

/**
 * A venue's code in its canonical form (FORMATS.md §2): 8 random characters of Crockford's
 * base32 alphabet and a Luhn mod 32 check character. The constructor takes only the
 * canonical form; {@link #parse} also takes what a person may type instead.
 */
public record VenueCode(String value) {

    /** Crockford's base32: digits and upper-case letters without I, L, O and U. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int PAYLOAD_LENGTH = 8;
    public static final int LENGTH = PAYLOAD_LENGTH + 1;
    public static final String FIELD = "venueCode";

    private static final LuhnModN LUHN = new LuhnModN(ALPHABET);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** @throws QrFormatException naming {@value #FIELD} unless {@code value} is a valid canonical code */
    public VenueCode {
        Objects.requireNonNull(value, FIELD);
        check(value);
    }

    /** A new code with 40 random bits: guessing a venue's code is as hard as guessing a QID. */
    public static VenueCode generate() {
        StringBuilder payload = new StringBuilder(LENGTH);
        for (int i = 0; i < PAYLOAD_LENGTH; i++) {
            payload.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new VenueCode(payload.append(checkCharacter(payload.toString())).toString());
    }

    /**
     * Reads a code as printed or typed: lower case is accepted, and so are Crockford's
     * aliases {@code O} for {@code 0} and {@code I}, {@code L} for {@code 1}.
     *
     * @throws QrFormatException naming {@value #FIELD}, with code-point positions in {@code text}
     */
    public static VenueCode parse(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder canonical = new StringBuilder(text.length());
        // one code point in, one code point out: positions in the canonical form are positions in text
        text.codePoints().map(VenueCode::canonicalCharacter).forEach(canonical::appendCodePoint);
        return new VenueCode(canonical.toString());
    }

    /** The Luhn mod 32 check character of an 8-character canonical payload. */
    public static char checkCharacter(String payload8) {
        if (payload8.length() != PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("a venue code payload is " + PAYLOAD_LENGTH + " characters");
        }
        return LUHN.checkCharacter(payload8);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void check(String value) {
        int length = value.codePointCount(0, value.length());
        if (length == 0) {
            throw new QrFormatException(FIELD, FormatProblem.EMPTY, 0, "the venue code is empty");
        }
        if (length != LENGTH) {
            // point at the first extra character, or at the end of a short code
            throw new QrFormatException(FIELD, FormatProblem.BAD_LENGTH, Math.min(length, LENGTH),
                    "a venue code is " + LENGTH + " characters, not " + length);
        }
        int position = 0;
        for (int i = 0; i < value.length(); position++) {
            int codePoint = value.codePointAt(i);
            if (LUHN.valueOf(codePoint) < 0) {
                throw new QrFormatException(FIELD, FormatProblem.BAD_CHARACTER, position,
                        "'" + Character.toString(codePoint) + "' is not in the venue code alphabet " + ALPHABET);
            }
            i += Character.charCount(codePoint);
        }
        char expected = LUHN.checkCharacter(value.substring(0, PAYLOAD_LENGTH));
        if (value.charAt(PAYLOAD_LENGTH) != expected) {
            throw new QrFormatException(FIELD, FormatProblem.BAD_CHECK_DIGIT, PAYLOAD_LENGTH,
                    "the check character does not match: the code was mistyped or misread");
        }
    }

    private static int canonicalCharacter(int codePoint) {
        int upper = codePoint >= 'a' && codePoint <= 'z' ? codePoint - 'a' + 'A' : codePoint;
        return switch (upper) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> upper;
        };
    }
}
