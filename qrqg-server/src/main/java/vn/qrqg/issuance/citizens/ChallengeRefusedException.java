package vn.qrqg.issuance.citizens;

import vn.qrqg.sms.OneTimeCodes;

/**
 * A code typed for an issuance challenge that does not complete it.
 *
 * @see OneTimeCodes.Outcome
 */
public final class ChallengeRefusedException extends RuntimeException {
    /** {@code null}: no such challenge for this requester (unknown, another app's, or completed). */
    private final OneTimeCodes.Outcome outcome;
    private final int attemptsLeft;

    public ChallengeRefusedException(OneTimeCodes.Outcome outcome, int attemptsLeft) {
        super("issuance challenge refused: " + (outcome == null ? "not found" : outcome));
        this.outcome = outcome;
        this.attemptsLeft = attemptsLeft;
    }

    public OneTimeCodes.Outcome outcome() {
        return outcome;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }
}
