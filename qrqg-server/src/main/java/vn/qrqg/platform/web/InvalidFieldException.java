package vn.qrqg.platform.web;

import java.util.List;

/**
 * Request fields whose values the platform cannot take, for any capability to throw: answered
 * as {@link InvalidRequest} (400, naming each field). Messages say what is expected and never
 * echo the value, which may be personal data.
 */
public final class InvalidFieldException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final transient List<InvalidRequest.FieldError> errors;

    /**
     * @param field as the caller named it: a JSON property, a path or query parameter
     * @param message what is wrong or expected, e.g. "must be 0, 1 or 2"
     */
    public InvalidFieldException(String field, String message) {
        this(List.of(new InvalidRequest.FieldError(field, message)));
    }

    /** Several fields at once, so that the caller learns every mistake from one answer. */
    public InvalidFieldException(List<InvalidRequest.FieldError> errors) {
        super(ProblemType.INVALID_REQUEST, InvalidRequest.detail(atLeastOne(errors)),
                String.join("; ", errors.stream().map(error -> error.field() + " " + error.message()).toList()));
        this.errors = List.copyOf(errors);
        property("errors", this.errors);
    }

    private static List<InvalidRequest.FieldError> atLeastOne(List<InvalidRequest.FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        return errors;
    }

    /** The first field named. */
    public String field() {
        return errors.getFirst().field();
    }

    public List<InvalidRequest.FieldError> errors() {
        return errors;
    }
}
