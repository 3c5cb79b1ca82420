package vn.qrqg.health;

/** A path names no province of the current (2025) structure. */
public class UnknownProvinceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownProvinceException() {
        super("no province of the current structure has this code");
    }
}
