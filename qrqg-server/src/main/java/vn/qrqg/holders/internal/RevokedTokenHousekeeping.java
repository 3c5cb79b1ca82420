package vn.qrqg.holders.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Deletes holder tokens revoked more than {@link #KEPT_FOR} ago (Regulation 733: each row names a
 * person, by QID, and the app that acted for them). A revoked token is refused like an unknown
 * one, so nothing changes for a caller; the month lets an operator see what was revoked. Every
 * ten minutes, in the background, on every instance (the delete is idempotent).
 */
@Component
class RevokedTokenHousekeeping implements SmartLifecycle {
    static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(RevokedTokenHousekeeping.class);

    private final HolderTokenRepository tokens;
    private ScheduledExecutorService runs;

    RevokedTokenHousekeeping(HolderTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** @return how many revoked tokens were deleted */
    int deleteExpired(Instant now) {
        return tokens.deleteRevokedBefore(now.minus(KEPT_FOR));
    }

    @Override
    public synchronized void start() {
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("holders-token-housekeeping")
                .factory());
        runs.scheduleWithFixedDelay(this::deleteExpiredAndLog, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
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
            LOG.warn("Holder token housekeeping failed ({}); trying again in {}", e.getClass().getSimpleName(), EVERY);
        }
    }
}
