package vn.qrqg.codec.cccd;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

/**
 * The character rules of the card's fields. Errors carry code-point positions relative to
 * the field; the parser shifts them to the whole text.
 */
final class CardText {

    private CardText() {
    }

    /** Exactly {@code length} ASCII digits. */
    static void digits(String value, String field, int length) {
        if (value.isEmpty()) {
            throw new QrFormatException(field, FormatProblem.EMPTY, 0, field + " is empty");
        }
        int position = 0;
        for (int i = 0; i < value.length(); position++) {
            int codePoint = value.codePointAt(i);
            if (codePoint < '0' || codePoint > '9') {
                throw new QrFormatException(field, FormatProblem.BAD_CHARACTER, position,
                        field + " has digits only, not '" + Character.toString(codePoint) + "'");
            }
            i += Character.charCount(codePoint);
        }
        if (value.length() != length) {
            throw new QrFormatException(field, FormatProblem.BAD_LENGTH, Math.min(value.length(), length),
                    field + " is " + length + " digits, not " + value.length());
        }
    }

    /** {@code DDMMYYYY}, a day that exists in the calendar. */
    static LocalDate date(String value, String field) {
        digits(value, field, 8);
        int day = Integer.parseInt(value, 0, 2, 10);
        int month = Integer.parseInt(value, 2, 4, 10);
        int year = Integer.parseInt(value, 4, 8, 10);
        if (month < 1 || month > 12) {
            throw new QrFormatException(field, FormatProblem.IMPOSSIBLE_DATE, 2, "month " + month + " does not exist");
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new QrFormatException(field, FormatProblem.IMPOSSIBLE_DATE, 0,
                    "day " + day + " does not exist in " + YearMonth.of(year, month));
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * Words of letters separated by single spaces. A combining mark may follow a letter
     * (decomposed Vietnamese: {@code e} + U+0302 + U+0303 is {@code ễ}).
     */
    static void name(String value, String field) {
        if (value.isEmpty()) {
            throw new QrFormatException(field, FormatProblem.EMPTY, 0, field + " is empty");
        }
        int count = value.codePointCount(0, value.length());
        int previous = ' ';
        int position = 0;
        for (int i = 0; i < value.length(); position++) {
            int codePoint = value.codePointAt(i);
            boolean ok = codePoint == ' '
                    ? position > 0 && position < count - 1 && previous != ' '
                    : Character.isLetter(codePoint) || (isMark(codePoint) && previous != ' ');
            if (!ok) {
                throw new QrFormatException(field, FormatProblem.BAD_CHARACTER, position, codePoint == ' '
                        ? "words are separated by exactly one space, with none at the start or end"
                        : "'" + Character.toString(codePoint) + "' is not a letter");
            }
            previous = codePoint;
            i += Character.charCount(codePoint);
        }
    }

    /** Any printable text with ordinary spaces, none at the start or end. */
    static void address(String value, String field) {
        if (value.isEmpty()) {
            throw new QrFormatException(field, FormatProblem.EMPTY, 0, field + " is empty");
        }
        int count = value.codePointCount(0, value.length());
        int position = 0;
        for (int i = 0; i < value.length(); position++) {
            int codePoint = value.codePointAt(i);
            if (isInvisible(codePoint) || (codePoint == ' ' && (position == 0 || position == count - 1))) {
                throw new QrFormatException(field, FormatProblem.BAD_CHARACTER, position, String.format(
                        "U+%04X is not allowed here (control characters, other spaces, spaces at the ends)", codePoint));
            }
            i += Character.charCount(codePoint);
        }
    }

    /** The first code point that is whitespace or invisible, or -1. */
    static int firstInvisible(String value) {
        int position = 0;
        for (int i = 0; i < value.length(); position++) {
            int codePoint = value.codePointAt(i);
            if (codePoint == ' ' || isInvisible(codePoint)) {
                return position;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Controls, format characters (bidi overrides, zero-width spaces), unpaired surrogates,
     * unassigned code points and every space but U+0020: nothing a card printer writes, and
     * the stuff of look-alike tricks.
     */
    private static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            case Character.SPACE_SEPARATOR -> codePoint != ' ';
            default -> false;
        };
    }
}
