package vn.qrqg.venues;

/** A one-time code that does not confirm its registration, and why. */
public class ConfirmationRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the code was refused. */
    public enum Reason {
        /** Not the code sent; {@link #attemptsLeft()} more may be tried. */
        WRONG_CODE,
        /** The code's time is up: register anew. */
        CODE_EXPIRED,
        /** Too many wrong codes: the registration is closed for good; register anew. */
        TOO_MANY_ATTEMPTS,
        /** Confirmed already: the venue exists, and its owner token was shown then. */
        ALREADY_CONFIRMED
    }

    private final Reason reason;
    private final int attemptsLeft;

    public ConfirmationRefusedException(Reason reason, int attemptsLeft) {
        super(reason.name());
        this.reason = reason;
        this.attemptsLeft = attemptsLeft;
    }

    public Reason reason() {
        return reason;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }
}
