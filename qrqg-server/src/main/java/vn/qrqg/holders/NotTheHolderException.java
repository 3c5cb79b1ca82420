package vn.qrqg.holders;

/** The holder token is valid, but for another person than the one the request names. */
public final class NotTheHolderException extends RuntimeException {

    public NotTheHolderException() {
        super("the holder token is not the named person's");
    }
}
