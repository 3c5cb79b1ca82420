package vn.qrqg.issuance.citizens;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.sms.OneTimeCodes;

/**
 * A code typed for an issuance challenge that does not complete it.
 *
 * @see OneTimeCodes.Outcome
 */
public final class ChallengeRefusedException extends ProblemException {
    /** {@code null}: no such challenge for this requester (unknown, another app's, or completed). */
    private final OneTimeCodes.Outcome outcome;
    private final int attemptsLeft;

    public ChallengeRefusedException(OneTimeCodes.Outcome outcome, int attemptsLeft) {
        super(type(outcome), detail(outcome, attemptsLeft),
                "issuance challenge refused: " + (outcome == null ? "not found" : outcome));
        this.outcome = outcome;
        this.attemptsLeft = attemptsLeft;
        if (outcome == OneTimeCodes.Outcome.WRONG_CODE) {
            property("attemptsLeft", attemptsLeft);
        }
    }

    public OneTimeCodes.Outcome outcome() {
        return outcome;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }

    private static ProblemType type(OneTimeCodes.Outcome outcome) {
        if (outcome == null) {
            return ProblemType.CHALLENGE_NOT_FOUND;
        }
        return switch (outcome) {
            case WRONG_CODE -> ProblemType.WRONG_CODE;
            case CODE_EXPIRED -> ProblemType.CODE_EXPIRED;
            case TOO_MANY_ATTEMPTS, ACCEPTED -> ProblemType.TOO_MANY_ATTEMPTS;
        };
    }

    private static String detail(OneTimeCodes.Outcome outcome, int attemptsLeft) {
        if (outcome == null) {
            return "This app started no pending challenge with this id (a challenge is completed once, by the app "
                    + "that started it, within a day). Ask for the QR again for a new code.";
        }
        return switch (outcome) {
            case WRONG_CODE -> "This is not the code sent by SMS; " + attemptsLeft + " more attempt"
                    + (attemptsLeft == 1 ? "" : "s") + " before it is void.";
            case CODE_EXPIRED -> "The code sent by SMS has expired; ask for the QR again for a new code.";
            case TOO_MANY_ATTEMPTS, ACCEPTED -> "Too many wrong codes: this code is void; ask for the QR again for a new "
                    + "code.";
        };
    }
}
