package vn.qrqg.codec.document;

import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;

/**
 * A validated identity document number: a 12-digit CCCD, a 9-digit CMND or a passport
 * number (one upper-case letter, 7 digits).
 */
public record DocumentNumber(DocumentKind kind, String value) {

    /** The field name FORMATS.md gives the document number in the personal QR. */
    public static final String FIELD = "SoGiayTo";

    public DocumentNumber {
        if (kind != detect(value, FIELD)) {
            throw new QrFormatException(FIELD, FormatProblem.INCONSISTENT, value + " is not a " + kind);
        }
    }

    public static DocumentNumber parse(String value) {
        return parse(value, FIELD);
    }

    /**
     * Recognises and checks a document number; errors name {@code field} and positions are
     * relative to {@code value}.
     */
    public static DocumentNumber parse(String value, String field) {
        return new DocumentNumber(detect(value, field), value);
    }

    private static DocumentKind detect(String value, String field) {
        if (value.isEmpty()) {
            throw new QrFormatException(field, FormatProblem.EMPTY, 0, "the document number is empty");
        }
        boolean passportShape = value.charAt(0) >= 'A' && value.charAt(0) <= 'Z';
        int firstDigit = passportShape ? 1 : 0;
        for (int i = firstDigit; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new QrFormatException(field, FormatProblem.BAD_CHARACTER, value.codePointCount(0, i),
                        passportShape ? "a passport number is one upper-case letter and 7 digits"
                                : "a CCCD or CMND number has digits only");
            }
        }
        if (passportShape) {
            if (value.length() != DocumentKind.PASSPORT.length()) {
                throw new QrFormatException(field, FormatProblem.BAD_LENGTH, 0,
                        "a passport number is one upper-case letter and 7 digits, not " + value.length() + " characters");
            }
            return DocumentKind.PASSPORT;
        }
        if (value.length() == DocumentKind.CCCD.length()) {
            CccdNumber.decode(value, field); // checks the province code and the gender/century digit
            return DocumentKind.CCCD;
        }
        if (value.length() == DocumentKind.CMND.length()) {
            return DocumentKind.CMND;
        }
        throw new QrFormatException(field, FormatProblem.BAD_LENGTH, 0,
                "a document number is 12 digits (CCCD) or 9 digits (CMND), not " + value.length());
    }

    /**
     * Checks a CCCD against what the person declared: its birth year must be the declared
     * year and its gender digit the declared gender (unless not stated). Other kinds carry
     * nothing to check.
     *
     * @throws QrFormatException ({@link FormatProblem#INCONSISTENT}) naming {@code field}
     */
    public void checkConsistentWith(BirthDate birthDate, Gender gender, String field) {
        if (kind != DocumentKind.CCCD) {
            return;
        }
        CccdNumber cccd = CccdNumber.decode(value, field);
        if (cccd.birthYear() != birthDate.year()) {
            throw new QrFormatException(field, FormatProblem.INCONSISTENT, 3,
                    "the CCCD encodes birth year " + cccd.birthYear() + " but the date of birth is in " + birthDate.year());
        }
        if (gender != Gender.NOT_STATED && gender != cccd.gender()) {
            throw new QrFormatException(field, FormatProblem.INCONSISTENT, 3,
                    "the CCCD encodes gender " + cccd.gender() + " but " + gender + " was declared");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
