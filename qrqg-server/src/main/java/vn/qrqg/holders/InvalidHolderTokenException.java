package vn.qrqg.holders;

/**
 * A holder token that does not work for the calling app: unknown, malformed, revoked, or held by
 * another app. One exception and one answer for all of them, so that a refusal tells a caller
 * nothing about a token it should not have, nor about the person behind it.
 */
public final class InvalidHolderTokenException extends RuntimeException {

    public InvalidHolderTokenException() {
        super("the holder token is unknown, revoked or not the calling app's");
    }
}
