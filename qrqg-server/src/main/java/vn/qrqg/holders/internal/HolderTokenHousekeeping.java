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
import vn.qrqg.holders.HoldersProperties;

/**
 * Holder tokens kept only while they are used (Regulation 733: each row names a person, by QID,
 * and the app that acted for them). A token no app presented for the idle lifetime
 * ({@code qrqg.holders.idle-token-lifetime}, 180 days) is revoked: its person left the app, which
 * asks them to prove themselves again if they come back. A token revoked more than
 * {@link #KEPT_FOR} ago is deleted: a revoked token is refused like an unknown one, so nothing
 * changes for a caller; the month lets an operator see what was revoked. Every ten minutes, in the
 * background, on every instance (both statements are idempotent).
 */
@Component
class HolderTokenHousekeeping implements SmartLifecycle {
    static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(HolderTokenHousekeeping.class);

    private final HolderTokenRepository tokens;
    private final Duration idleLifetime;
    private ScheduledExecutorService runs;

    HolderTokenHousekeeping(HolderTokenRepository tokens, HoldersProperties properties) {
        this.tokens = tokens;
        this.idleLifetime = properties.idleTokenLifetime();
    }

    /** Revokes the idle tokens, then deletes those revoked long ago, as at {@code now}. */
    void run(Instant now) {
        int revoked = tokens.revokeUnusedSince(now.minus(idleLifetime));
        int deleted = tokens.deleteRevokedBefore(now.minus(KEPT_FOR));
        if (revoked + deleted > 0) {
            LOG.info("Holder tokens: {} unused for {} revoked, {} revoked before {} deleted", revoked, idleLifetime,
                    deleted, KEPT_FOR);
        }
    }

    @Override
    public synchronized void start() {
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("holders-token-housekeeping")
                .factory());
        runs.scheduleWithFixedDelay(this::runAndLog, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
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

    private void runAndLog() {
        try {
            run(Instant.now());
        } catch (RuntimeException e) {
            // the next run tries again; the exception's type only: its message may quote SQL values
            LOG.warn("Holder token housekeeping failed ({}); trying again in {}", e.getClass().getSimpleName(), EVERY);
        }
    }
}
