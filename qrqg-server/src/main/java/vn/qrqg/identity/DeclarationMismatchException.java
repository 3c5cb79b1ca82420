package vn.qrqg.identity;

import java.util.List;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * A declaration that does not match the population registry. It names the fields that did not
 * match ({@code documentNumber} alone when the registry has no such person) and, by design,
 * never carries a value from the registry: not in its fields, not in its message.
 */
public final class DeclarationMismatchException extends ProblemException {
    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String FULL_NAME = "fullName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String GENDER = "gender";

    private final List<String> mismatchedFields;

    public DeclarationMismatchException(List<String> mismatchedFields) {
        super(ProblemType.DECLARATION_MISMATCH, "The declaration does not match the population registry in: "
                + String.join(", ", mismatchedFields) + ".",
                "the declaration does not match the population registry in: " + String.join(", ", mismatchedFields));
        if (mismatchedFields.isEmpty()) {
            throw new IllegalArgumentException("a mismatch names at least one field");
        }
        this.mismatchedFields = List.copyOf(mismatchedFields);
        property("mismatchedFields", this.mismatchedFields);
    }

    /** Field names of {@link Declaration}, in declaration order. */
    public List<String> mismatchedFields() {
        return mismatchedFields;
    }
}
