package vn.qrqg.scanning;

import java.time.Duration;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * A scanner credential has scanned as many distinct people as its hourly quota allows: the scan
 * (or the whole batch) was refused before anyone was looked up, read or recorded. Answered 429
 * with {@code Retry-After}; people it scanned this hour can still be scanned again meanwhile.
 */
public final class ScanQuotaExceededException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;
    private final int peoplePerHour;

    public ScanQuotaExceededException(Duration retryAfter, int peoplePerHour) {
        super(ProblemType.SCAN_QUOTA_EXCEEDED, "This scanner credential has scanned " + peoplePerHour + " different "
                + "people this hour, as many as it may; it can scan the people it scanned this hour again, anyone "
                + "else in " + seconds(retryAfter) + " s, when the hour ends. Nothing was looked up or recorded (a "
                + "batch: none of its events); the platform's operators have been told.",
                "this scanner credential scanned " + peoplePerHour + " distinct people this hour, its quota");
        this.retryAfter = retryAfter;
        this.peoplePerHour = peoplePerHour;
        property("peoplePerHour", peoplePerHour);
        retryAfter(seconds(retryAfter));
    }

    /** Until the hour ends and the count starts again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public int peoplePerHour() {
        return peoplePerHour;
    }

    private static long seconds(Duration retryAfter) {
        return Math.max(1, retryAfter.toSeconds());
    }

    @Override
    public boolean worthAWarning() {
        return true;
    }
}
