package vn.qrqg.holders.internal;

/**
 * The person has no valid holder token with this id (never was, or revoked already). Public for
 * {@link vn.qrqg.holders.HolderApps}, which throws it; other capabilities only see it propagate.
 */
public final class HolderNotFoundException extends RuntimeException {

    public HolderNotFoundException() {
        super("the person has no valid holder token with this id");
    }
}
