package vn.qrqg.identity;

import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * What a declaration must look like before the registry is asked about it: a document number of
 * a CCCD, CMND or passport, a name, and a birth date that exists. An 11-digit number or 30
 * February is the caller's typing mistake, to be told as such (400, naming the field and the
 * format expected), not a "does not match the registry" that sends them to check the wrong thing,
 * nor a failed attempt counted against the person.
 */
public final class DeclarationFormats {
    static final String DOCUMENT_NUMBER = "the number of a CCCD (12 digits), a CMND (9 digits) or a passport "
            + "(one upper-case letter and 7 digits)";
    static final String DATE_OF_BIRTH = "YYYY-MM-DD, 00 for an unknown month or day";

    private DeclarationFormats() {
    }

    /**
     * @throws InvalidFieldException naming every field that is missing or malformed, with the format
     *         expected and never the value sent
     */
    public static void check(Declaration declaration) {
        FieldErrors errors = new FieldErrors();
        documentNumber(declaration.documentNumber(), errors);
        if (declaration.fullName() == null || declaration.fullName().isBlank()) {
            errors.reject(DeclarationMismatchException.FULL_NAME, "is required: the full name as on the document");
        }
        dateOfBirth(declaration.dateOfBirth(), errors);
        errors.throwIfAny();
    }

    private static void documentNumber(String text, FieldErrors errors) {
        String field = DeclarationMismatchException.DOCUMENT_NUMBER;
        if (text == null || text.isBlank()) {
            errors.reject(field, "is required: " + DOCUMENT_NUMBER);
            return;
        }
        try {
            DocumentNumber.parse(text.strip(), field);
        } catch (QrFormatException e) {
            // the codec's details give lengths and kinds, never the digits
            errors.reject(field, "must be " + DOCUMENT_NUMBER + ": " + e.detail());
        }
    }

    private static void dateOfBirth(String text, FieldErrors errors) {
        String field = DeclarationMismatchException.DATE_OF_BIRTH;
        if (text == null || text.isBlank()) {
            errors.reject(field, "is required: " + DATE_OF_BIRTH);
            return;
        }
        try {
            BirthDate.parse(text.strip());
        } catch (QrFormatException e) {
            // the codec's detail would repeat the year and month: say what is wrong without them
            errors.reject(field, e.problem() == FormatProblem.IMPOSSIBLE_DATE
                    ? "must be a date that exists and is not in the future (not, say, 30 February), as " + DATE_OF_BIRTH
                    : "must be " + DATE_OF_BIRTH);
        }
    }
}
