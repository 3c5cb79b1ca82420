package vn.qrqg.venues;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A one-time code that does not confirm its registration, and why. */
public class ConfirmationRefusedException extends ProblemException {
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
        super(type(reason), detail(reason, attemptsLeft), reason.name());
        this.reason = reason;
        this.attemptsLeft = attemptsLeft;
        if (reason == Reason.WRONG_CODE) {
            property("attemptsLeft", attemptsLeft);
        }
    }

    public Reason reason() {
        return reason;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }

    private static ProblemType type(Reason reason) {
        return switch (reason) {
            case WRONG_CODE -> ProblemType.WRONG_CODE;
            case CODE_EXPIRED -> ProblemType.CODE_EXPIRED;
            case TOO_MANY_ATTEMPTS -> ProblemType.TOO_MANY_ATTEMPTS;
            case ALREADY_CONFIRMED -> ProblemType.REGISTRATION_CONFIRMED;
        };
    }

    private static String detail(Reason reason, int attemptsLeft) {
        return switch (reason) {
            case WRONG_CODE -> "This is not the code sent by SMS; " + attemptsLeft + " more attempt"
                    + (attemptsLeft == 1 ? "" : "s") + " before the registration is closed.";
            case CODE_EXPIRED -> "The code sent by SMS has expired; register the venue again for a new one.";
            case TOO_MANY_ATTEMPTS -> "Too many wrong codes: this registration is closed; register the venue again for "
                    + "a new code.";
            case ALREADY_CONFIRMED -> "This registration was confirmed already; its venue code and owner token were "
                    + "given then.";
        };
    }
}
