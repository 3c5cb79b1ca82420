package vn.qrqg.portal.internal;

import vn.qrqg.sms.OneTimeCodes;

/** A sign-in code that does not sign in, and why (400 {@code invalid-code}). */
class SignInRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int attemptsLeft;

    /** @param outcome why; null when no code was pending for the phone */
    SignInRefusedException(OneTimeCodes.Outcome outcome, int attemptsLeft) {
        super(outcome == null ? "NO_CODE" : outcome.name());
        this.attemptsLeft = attemptsLeft;
    }

    /** {@code NO_CODE}, {@code WRONG_CODE}, {@code TOO_MANY_ATTEMPTS} or {@code CODE_EXPIRED}. */
    String reason() {
        return getMessage();
    }

    int attemptsLeft() {
        return attemptsLeft;
    }
}
