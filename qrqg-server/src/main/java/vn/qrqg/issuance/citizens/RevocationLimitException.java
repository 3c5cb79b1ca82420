package vn.qrqg.issuance.citizens;

import java.time.Duration;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * The person's QR was revoked as often as {@code qrqg.issuance.holder-revocations-per-day} allows:
 * a holder token in the wrong hands must not turn the person's QR over and over. Nothing was done.
 */
public final class RevocationLimitException extends ProblemException {

    public RevocationLimitException(Duration retryAfter) {
        super(ProblemType.TOO_MANY_REVOCATIONS, "This person's QR was revoked as often as a day allows; the QR the "
                + "last revocation issued is valid. Try again in " + hours(retryAfter) + " hours, or ask an operator.",
                "revocation limit reached; retry after " + retryAfter);
        long seconds = Math.max(1, retryAfter.toSeconds());
        property("retryAfterSeconds", seconds);
        retryAfter(seconds);
    }

    private static long hours(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMinutes() + 59) / 60);
    }
}
