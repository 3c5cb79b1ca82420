package vn.qrqg.codec.signature;

/**
 * A trust list (JWKS) or trusted key that cannot be accepted; the message names the key and
 * member at fault. An {@link IllegalArgumentException}, since it is always bad input.
 */
public final class TrustListException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TrustListException(String message) {
        super(message);
    }

    public TrustListException(String message, Throwable cause) {
        super(message, cause);
    }
}
