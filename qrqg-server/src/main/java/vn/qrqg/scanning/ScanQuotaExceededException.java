package vn.qrqg.scanning;

import java.time.Duration;

/**
 * A scanner credential has scanned as many distinct people as its hourly quota allows: the scan
 * (or the whole batch) was refused before anyone was looked up, read or recorded. Answered 429
 * with {@code Retry-After}; people it scanned this hour can still be scanned again meanwhile.
 */
public final class ScanQuotaExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;
    private final int peoplePerHour;

    public ScanQuotaExceededException(Duration retryAfter, int peoplePerHour) {
        super("this scanner credential scanned " + peoplePerHour + " distinct people this hour, its quota");
        this.retryAfter = retryAfter;
        this.peoplePerHour = peoplePerHour;
    }

    /** Until the hour ends and the count starts again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public int peoplePerHour() {
        return peoplePerHour;
    }
}
