package vn.qrqg.codec;

/**
 * Why a scanned or declared text was rejected. The names are stable: they appear in the
 * shared test vectors and in the CLI's output, so app teams may switch on them.
 */
public enum FormatProblem {
    /** The text does not have the number of fields (or sub-fields) the format requires. */
    WRONG_FIELD_COUNT,
    /** A required field is empty. */
    EMPTY,
    /** A character outside the field's allowed set, {@code |} and {@code <} included. */
    BAD_CHARACTER,
    /** The field has the wrong length for its kind. */
    BAD_LENGTH,
    /** The field does not have the required shape (e.g. {@code YYYY-MM-DD}). */
    BAD_FORMAT,
    /** A date that does not exist, or a birth date in the future. */
    IMPOSSIBLE_DATE,
    /** A check digit or check character does not match. */
    BAD_CHECK_DIGIT,
    /** The field contradicts another field (a CCCD that does not fit the birth year, a half-masked QR). */
    INCONSISTENT,
    /** A value outside the allowed set (a gender code other than 0, 1, 2; an unknown province). */
    BAD_VALUE
}
