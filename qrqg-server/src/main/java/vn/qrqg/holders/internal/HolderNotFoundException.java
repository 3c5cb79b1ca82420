package vn.qrqg.holders.internal;

/** The person has no valid holder token with this id (never was, or revoked already). */
final class HolderNotFoundException extends RuntimeException {

    HolderNotFoundException() {
        super("the person has no valid holder token with this id");
    }
}
