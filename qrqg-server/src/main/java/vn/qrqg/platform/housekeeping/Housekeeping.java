package vn.qrqg.platform.housekeeping;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One capability's housekeeping: {@link #housekeep} every {@code every}, on a daemon thread of
 * its own, from the application's start to its stop. A run that fails is logged by the
 * exception's type alone (its message may quote SQL values, personal data) and the next one
 * tries again; the statements it runs must be idempotent, since every instance runs them.
 * Subclasses keep their own method (e.g. {@code deleteExpired(Instant)}) for tests to call with
 * the clock moved.
 */
public abstract class Housekeeping implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final String name;
    private final Duration every;
    private final Duration firstAfter;
    private ScheduledExecutorService runs;

    /**
     * @param name what it keeps, for its thread and its log lines, e.g. "venues"
     * @param firstAfter how long after the start the first run comes
     */
    protected Housekeeping(String name, Duration every, Duration firstAfter) {
        if (every.isNegative() || every.isZero() || firstAfter.isNegative()) {
            throw new IllegalArgumentException("housekeeping of " + name + " needs a positive interval");
        }
        this.name = name;
        this.every = every;
        this.firstAfter = firstAfter;
    }

    /** The first run one interval after the start. */
    protected Housekeeping(String name, Duration every) {
        this(name, every, every);
    }

    /**
     * Removes, as at {@code now}, what its retention ends.
     *
     * @return how many rows it removed (or revoked), for the log
     */
    protected abstract int housekeep(Instant now);

    @Override
    public synchronized void start() {
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name + "-housekeeping")
                .factory());
        runs.scheduleWithFixedDelay(this::runAndLog, firstAfter.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
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
            int removed = housekeep(Instant.now());
            if (removed > 0) {
                LOG.info("Housekeeping of {} removed {} rows", name, removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Housekeeping of {} failed ({}); trying again in {}", name, e.getClass().getSimpleName(), every);
        }
    }
}
