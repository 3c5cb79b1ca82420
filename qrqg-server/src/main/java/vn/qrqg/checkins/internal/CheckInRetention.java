package vn.qrqg.checkins.internal;

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
 * The daily partitions of {@code checkins_event}: kept ready, and dropped past the retention
 * ({@link DailyPartitions}). Regulation 733: check-ins older than the retention are removed, a
 * whole day's partition at a time, once its whole day is older than the retention. Safe on
 * several instances at once ({@link DailyPartitions#dropBefore}).
 */
final class CheckInRetention implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CheckInRetention.class);
    static final String TABLE = "checkins_event";

    private final DailyPartitions partitions;
    private final Duration retention;
    private final Duration checkEvery;
    private final Clock clock;
    private ScheduledExecutorService runs;

    CheckInRetention(DailyPartitions partitions, Duration retention, Duration checkEvery, Clock clock) {
        this.partitions = partitions;
        this.retention = retention;
        this.checkEvery = checkEvery;
        this.clock = clock;
    }

    /**
     * Creates the missing partitions (failing the start-up if it cannot) and keeps them ready;
     * drops what is due now, then again every {@code checkEvery}, in the background.
     */
    synchronized void start() {
        partitions.start();
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(TABLE + "-retention")
                .factory());
        runs.scheduleWithFixedDelay(this::dropExpiredAndLog, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        partitions.close();
        if (runs != null) {
            runs.shutdownNow();
        }
    }

    /** Drops every partition whose day ended more than the retention ago; the names dropped. */
    List<String> dropExpired() {
        List<String> dropped = partitions.dropBefore(clock.instant().minus(retention));
        if (!dropped.isEmpty()) {
            LOG.info("Dropped check-in partitions past the retention of {}: {}", retention, dropped);
        }
        return dropped;
    }

    private void dropExpiredAndLog() {
        try {
            dropExpired();
        } catch (RuntimeException e) {
            LOG.error("Dropping the expired check-in partitions failed; the next run tries again", e);
        }
    }
}
