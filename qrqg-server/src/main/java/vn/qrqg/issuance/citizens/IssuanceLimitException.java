package vn.qrqg.issuance.citizens;

import java.time.Duration;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A limit of the last hour is reached (docs/api.md, "Proving the person"); nothing was done. */
public final class IssuanceLimitException extends ProblemException {

    /** Which limit. */
    public enum Limit {
        /** Declarations that did not match the registry, for this document number or by this requester. */
        FAILED_DECLARATIONS,
        /** Codes sent for this document number. */
        CODES,
        /** In-person issuances by this official's credential. */
        IN_PERSON
    }

    private final Limit limit;
    private final Duration retryAfter;

    public IssuanceLimitException(Limit limit, Duration retryAfter) {
        super(type(limit), detail(limit, retryAfter), limit + " limit reached; retry after " + retryAfter);
        this.limit = limit;
        this.retryAfter = retryAfter;
        long seconds = seconds(retryAfter);
        property("retryAfterSeconds", seconds);
        retryAfter(seconds);
    }

    public Limit limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    private static ProblemType type(Limit limit) {
        return switch (limit) {
            case FAILED_DECLARATIONS -> ProblemType.TOO_MANY_DECLARATIONS;
            case CODES -> ProblemType.TOO_MANY_CODES;
            case IN_PERSON -> ProblemType.IN_PERSON_QUOTA_EXCEEDED;
        };
    }

    private static String detail(Limit limit, Duration retryAfter) {
        long minutes = (seconds(retryAfter) + 59) / 60;
        String wait = minutes + " minute" + (minutes == 1 ? "" : "s");
        return switch (limit) {
            case FAILED_DECLARATIONS -> "Too many declarations of this document number, or from this app, did not match "
                    + "the population registry in the last hour; try again in " + wait + ".";
            case CODES -> "This person was sent as many codes as an hour allows; use the last code sent, or try again in "
                    + wait + ".";
            case IN_PERSON -> "This credential issued as many QRs in person as an hour allows; try again in " + wait + ".";
        };
    }

    private static long seconds(Duration retryAfter) {
        return Math.max(1, retryAfter.toSeconds());
    }
}
