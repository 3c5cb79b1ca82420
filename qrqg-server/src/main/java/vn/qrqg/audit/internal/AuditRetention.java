package vn.qrqg.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.platform.database.DailyPartitions;

/**
 * Audit records are personal data too (whose data was read, by whom): Regulation 733 keeps them
 * for the retention only. A day's partition of {@code audit_record} is dropped whole once its
 * whole day is older than the retention ({@link DailyPartitions#dropBefore}); the append-only
 * triggers refuse UPDATE, DELETE and TRUNCATE, not the DROP of a partition, so that no row is
 * ever changed or removed one by one. Safe on several instances at once.
 */
final class AuditRetention implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final DailyPartitions partitions;
    private final Duration retention;
    private final Duration checkEvery;
    private final Clock clock;
    private ScheduledExecutorService runs;

    AuditRetention(DailyPartitions partitions, Duration retention, Duration checkEvery, Clock clock) {
        this.partitions = partitions;
        this.retention = retention;
        this.checkEvery = checkEvery;
        this.clock = clock;
    }

    /** Drops what is due now, then again every {@code checkEvery}, in the background. */
    synchronized void start() {
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("audit_record-retention")
                .factory());
        runs.scheduleWithFixedDelay(this::dropExpiredAndLog, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (runs != null) {
            runs.shutdownNow();
        }
    }

    /** Drops every partition whose day ended more than the retention ago; the names dropped. */
    List<String> dropExpired() {
        List<String> dropped = partitions.dropBefore(clock.instant().minus(retention));
        if (!dropped.isEmpty()) {
            LOG.info("Dropped audit partitions past the retention of {}: {}", retention, dropped);
        }
        return dropped;
    }

    private void dropExpiredAndLog() {
        try {
            dropExpired();
        } catch (RuntimeException e) {
            LOG.error("Dropping the expired audit partitions failed; the next run tries again", e);
        }
    }
}
