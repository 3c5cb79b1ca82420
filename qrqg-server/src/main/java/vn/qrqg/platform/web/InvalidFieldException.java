package vn.qrqg.platform.web;

/**
 * A request field whose value the platform cannot take, for any capability to throw: answered
 * as {@link InvalidRequest} (400, naming the field). The message says what is expected and never
 * echoes the value, which may be personal data.
 */
public final class InvalidFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field as the caller named it: a JSON property, a path or query parameter
     * @param message what is wrong or expected, e.g. "must be 0, 1 or 2"
     */
    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
