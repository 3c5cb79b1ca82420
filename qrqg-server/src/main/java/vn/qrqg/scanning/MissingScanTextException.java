package vn.qrqg.scanning;

/** A scan request without {@code text}. */
final class MissingScanTextException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingScanTextException() {
        super("text is required: the text the scanner read");
    }
}
