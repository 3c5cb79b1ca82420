package vn.qrqg.sms.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes the reference outbox's messages past {@code qrqg.sms.outbox-retention} (they hold
 * phone numbers and codes): every ten minutes, in the background, on every instance (the delete
 * is idempotent), whether or not anything new is sent.
 */
final class OutboxHousekeeping implements SmartLifecycle {
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final OutboxSmsGateway outbox;
    private ScheduledExecutorService runs;

    OutboxHousekeeping(OutboxSmsGateway outbox) {
        this.outbox = outbox;
    }

    /** @return how many messages were deleted */
    int deleteExpired(Instant now) {
        return outbox.deleteExpired(now);
    }

    @Override
    public synchronized void start() {
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("sms-outbox-housekeeping")
                .factory());
        runs.scheduleWithFixedDelay(this::deleteExpiredAndLog, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (runs != null) {
            runs.shutdownNow();
            runs = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return runs != null;
    }

    private void deleteExpiredAndLog() {
        try {
            deleteExpired(Instant.now());
        } catch (RuntimeException e) {
            // the next run tries again; the exception's type only: its message may quote SQL values
            LOG.warn("SMS outbox housekeeping failed ({}); trying again in {}", e.getClass().getSimpleName(), EVERY);
        }
    }
}
