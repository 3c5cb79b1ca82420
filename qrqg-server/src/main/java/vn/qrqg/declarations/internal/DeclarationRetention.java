package vn.qrqg.declarations.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.platform.database.DailyPartitions;

/**
 * Regulation 733: declarations are deleted, irrecoverably, once older than the retention. Every
 * {@code checkEvery} the daily partitions that hold only expired declarations are dropped whole
 * ({@link DailyPartitions#dropBefore}: safe on several instances at once). Reads never answer an
 * expired declaration meanwhile, so the partition that straddles the cutoff may keep some for up
 * to a day.
 */
final class DeclarationRetention implements AutoCloseable {
    static final List<String> TABLES = List.of("declarations_health", "declarations_travel");
    private static final Logger LOG = LoggerFactory.getLogger(DeclarationRetention.class);

    private final List<DailyPartitions> tables;
    private final Duration retention;
    private final Duration checkEvery;
    private final Clock clock;
    private ScheduledExecutorService checks;

    /** @param tables the partitions of each of {@link #TABLES} */
    DeclarationRetention(List<DailyPartitions> tables, Duration retention, Duration checkEvery, Clock clock) {
        this.tables = List.copyOf(tables);
        this.retention = retention;
        this.checkEvery = checkEvery;
        this.clock = clock;
    }

    /** Drops what expired, at once in the background (not to slow the start-up), then every {@code checkEvery}. */
    synchronized void start() {
        checks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("declarations-retention").factory());
        checks.scheduleWithFixedDelay(this::dropExpiredAndLog, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }

    /** Drops the partitions of every declaration table that expired; the names of those dropped. */
    List<String> dropExpired() {
        List<String> dropped = new ArrayList<>();
        for (DailyPartitions table : tables) {
            dropped.addAll(table.dropBefore(clock.instant().minus(retention)));
        }
        if (!dropped.isEmpty()) {
            LOG.info("Dropped the expired declaration partitions {}", dropped);
        }
        return dropped;
    }

    private void dropExpiredAndLog() {
        try {
            dropExpired();
        } catch (RuntimeException e) {
            // the next run tries again; reads already leave expired declarations out
            LOG.error("Dropping the expired declaration partitions failed", e);
        }
    }
}
