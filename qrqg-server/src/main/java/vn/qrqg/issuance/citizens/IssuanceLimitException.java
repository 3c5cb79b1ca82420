package vn.qrqg.issuance.citizens;

import java.time.Duration;

/** A limit of the last hour is reached (docs/api.md, "Proving the person"); nothing was done. */
public final class IssuanceLimitException extends RuntimeException {

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
        super(limit + " limit reached; retry after " + retryAfter);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Limit limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
