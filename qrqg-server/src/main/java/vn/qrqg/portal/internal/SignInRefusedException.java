package vn.qrqg.portal.internal;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.sms.OneTimeCodes;

/** A sign-in code that does not sign in, and why (400 {@code invalid-code}). */
class SignInRefusedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final int attemptsLeft;

    /** @param outcome why; null when no code was pending for the phone */
    SignInRefusedException(OneTimeCodes.Outcome outcome, int attemptsLeft) {
        super(ProblemType.INVALID_CODE, detail(outcome, attemptsLeft), outcome == null ? "NO_CODE" : outcome.name());
        this.attemptsLeft = attemptsLeft;
        property("reason", reason());
        property("attemptsLeft", attemptsLeft);
    }

    /** {@code NO_CODE}, {@code WRONG_CODE}, {@code TOO_MANY_ATTEMPTS} or {@code CODE_EXPIRED}. */
    String reason() {
        return getMessage();
    }

    int attemptsLeft() {
        return attemptsLeft;
    }

    private static String detail(OneTimeCodes.Outcome outcome, int attemptsLeft) {
        return switch (outcome == null ? "NO_CODE" : outcome.name()) {
            case "WRONG_CODE" -> "This is not the code sent by SMS; " + attemptsLeft + " more attempt"
                    + (attemptsLeft == 1 ? "" : "s") + " before it is void.";
            case "TOO_MANY_ATTEMPTS" -> "Too many wrong codes: this code is void. Ask for a new code.";
            case "CODE_EXPIRED" -> "The code sent by SMS has expired. Ask for a new code.";
            default -> "No code is waiting for this mobile number. Ask for a code first.";
        };
    }
}
