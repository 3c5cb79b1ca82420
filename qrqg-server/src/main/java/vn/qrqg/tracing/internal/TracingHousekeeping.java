package vn.qrqg.tracing.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.qrqg.platform.housekeeping.Housekeeping;
import vn.qrqg.tracing.TracingProperties;

/**
 * Drops cases reported longer ago than the retention (Regulation 733: one month), their alerts
 * with them, withdrawn or not: nothing of a case outlives it. Every hour, one instance at a time
 * (the delete is idempotent).
 */
@Component
class TracingHousekeeping extends Housekeeping {
    private static final Duration EVERY = Duration.ofHours(1);

    private final CaseRepository cases;
    private final Duration retention;

    TracingHousekeeping(CaseRepository cases, TracingProperties properties) {
        super("tracing-retention", EVERY);
        this.cases = cases;
        this.retention = properties.retention();
    }

    @Override
    protected int housekeep(Instant now) {
        return cases.deleteReportedBefore(now.minus(retention));
    }
}
