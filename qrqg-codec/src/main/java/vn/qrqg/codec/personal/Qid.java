package vn.qrqg.codec.personal;

import java.security.SecureRandom;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

/**
 * A person's identifier on the national platform: 18 decimal digits, the first 17 drawn at
 * random (so QIDs cannot be enumerated or guessed), the 18th a Luhn check digit.
 */
public record Qid(String value) {

    public static final int LENGTH = 18;
    public static final String FIELD = "QID";
    private static final SecureRandom RANDOM = new SecureRandom();

    public Qid {
        check(value, FIELD);
    }

    /** A fresh random QID. Uniqueness is the issuer's job: it must retry on a collision. */
    public static Qid generate() {
        char[] digits = new char[LENGTH];
        digits[0] = (char) ('1' + RANDOM.nextInt(9)); // no leading zero, so it survives any numeric handling
        for (int i = 1; i < LENGTH - 1; i++) {
            digits[i] = (char) ('0' + RANDOM.nextInt(10));
        }
        digits[LENGTH - 1] = checkDigit(new String(digits, 0, LENGTH - 1));
        return new Qid(new String(digits));
    }

    /** Parses a QID; errors name {@code field} with positions relative to {@code text}. */
    public static Qid parse(String text, String field) {
        check(text, field);
        return new Qid(text);
    }

    /**
     * Whether {@code text} is a QID, without building the error {@link #parse} would throw: tracing
     * asks it of every name a check-in holds, most of them document numbers.
     */
    public static boolean isValid(String text) {
        return text != null && text.length() == LENGTH && firstNonDigit(text) < 0 && hasItsCheckDigit(text);
    }

    /** The Luhn check digit for a string of decimal digits. */
    public static char checkDigit(String payload) {
        int sum = 0;
        boolean doubled = true; // the digit next to the check digit is doubled
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static void check(String text, String field) {
        if (text == null || text.isEmpty()) {
            throw new QrFormatException(field, FormatProblem.EMPTY, 0, "the QID is empty");
        }
        int nonDigit = firstNonDigit(text);
        if (nonDigit >= 0) {
            throw new QrFormatException(field, FormatProblem.BAD_CHARACTER, text.codePointCount(0, nonDigit),
                    "a QID has digits only");
        }
        if (text.length() != LENGTH) {
            throw new QrFormatException(field, FormatProblem.BAD_LENGTH, 0,
                    "a QID is " + LENGTH + " digits, not " + text.length());
        }
        if (!hasItsCheckDigit(text)) {
            throw new QrFormatException(field, FormatProblem.BAD_CHECK_DIGIT, LENGTH - 1,
                    "the last digit is not the Luhn check digit of the first " + (LENGTH - 1));
        }
    }

    @Override
    public String toString() {
        return value;
    }

    /** The index of the first character that is no decimal digit; -1 for none. */
    private static int firstNonDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the last of {@link #LENGTH} digits is the Luhn check digit of the others. */
    private static boolean hasItsCheckDigit(String digits) {
        return checkDigit(digits.substring(0, LENGTH - 1)) == digits.charAt(LENGTH - 1);
    }
}
