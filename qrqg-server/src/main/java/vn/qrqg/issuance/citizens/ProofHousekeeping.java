package vn.qrqg.issuance.citizens;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.qrqg.issuance.IssuanceProperties;

/**
 * Deletes what the proof of the person keeps once it means nothing: counted attempts past the
 * limits' window, challenges past a day. Every minute, in the background, on every instance (the
 * deletes are idempotent), whether or not anything new is written.
 */
@Component
class ProofHousekeeping implements SmartLifecycle {
    static final Duration CHALLENGES_KEPT_FOR = Duration.ofDays(1);
    private static final Duration EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(ProofHousekeeping.class);

    private final AttemptLimits attempts;
    private final Challenges challenges;
    private final Duration window;
    private ScheduledExecutorService runs;

    ProofHousekeeping(AttemptLimits attempts, Challenges challenges, IssuanceProperties properties) {
        this.attempts = attempts;
        this.challenges = challenges;
        this.window = properties.proof().window();
    }

    /** @return how many attempts and challenges were deleted */
    int deleteExpired(Instant now) {
        return attempts.deleteBefore(now.minus(window)) + challenges.deleteBefore(now.minus(CHALLENGES_KEPT_FOR));
    }

    @Override
    public synchronized void start() {
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("issuance-proof-housekeeping")
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
            LOG.warn("Issuance proof housekeeping failed ({}); trying again in {}", e.getClass().getSimpleName(), EVERY);
        }
    }
}
