package vn.qrqg.codec.revocation;

/**
 * A revocation list, or a delta of one, that cannot be read or applied; the message says why. An
 * {@link IllegalArgumentException}, since it is always bad input.
 */
public final class RevocationListException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RevocationListException(String message) {
        super(message);
    }

    public RevocationListException(String message, Throwable cause) {
        super(message, cause);
    }
}
