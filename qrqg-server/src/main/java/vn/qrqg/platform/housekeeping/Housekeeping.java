package vn.qrqg.platform.housekeeping;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import vn.qrqg.platform.database.OnceAcrossInstances;

/**
 * One capability's housekeeping: {@link #housekeep} every {@code every}, on a daemon thread of
 * its own, from the application's start to its stop. However many instances run, one at a time
 * does a run: each takes the advisory lock of its name ({@link OnceAcrossInstances}) and is skipped
 * while another instance holds it, unless the subclass shares its work among instances itself
 * ({@link #onEveryInstance}). A run that fails is logged by the exception's type alone (its message
 * may quote SQL values, personal data) and the next one tries again; the statements it runs must
 * still be idempotent, since a run cut short is done again. Subclasses keep their own method (e.g.
 * {@code deleteExpired(Instant)}) for tests to call with the clock moved.
 */
public abstract class Housekeeping implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final String name;
    private final Duration every;
    private final Duration firstAfter;
    private ScheduledExecutorService runs;
    /** Null only where no database is (a unit test): then every run goes ahead. */
    private volatile OnceAcrossInstances once;

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

    /**
     * Whether every instance runs it, each on its own share of the work ({@code for update skip
     * locked}), rather than one at a time. False unless a subclass says otherwise, and why.
     */
    protected boolean onEveryInstance() {
        return false;
    }

    /** Set by Spring on every subclass, so that none of their constructors has to carry it. */
    @Autowired
    public void useLocks(OnceAcrossInstances once) {
        this.once = once;
    }

    /**
     * One run now, as the schedule makes it: under the lock of its name unless it runs on every
     * instance. @return whether it ran (false: another instance was running it)
     */
    public boolean runNow(Instant now) {
        OnceAcrossInstances locks = once;
        if (locks == null || onEveryInstance()) {
            logRemoved(housekeep(now));
            return true;
        }
        return locks.runUnlessBusy("housekeeping:" + name, () -> logRemoved(housekeep(now)));
    }

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

    private void logRemoved(int removed) {
        if (removed > 0) {
            LOG.info("Housekeeping of {} removed {} rows", name, removed);
        }
    }

    private void runAndLog() {
        try {
            runNow(Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("Housekeeping of {} failed ({}); trying again in {}", name, e.getClass().getSimpleName(), every);
        }
    }
}
