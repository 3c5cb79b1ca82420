package vn.qrqg.platform.database;

import java.time.Duration;

/**
 * When something an instance read into memory must be read again: once it is older than its
 * time-to-live, or once it was {@link #invalidate invalidated} (a {@link Notifications} subscriber
 * does that) after its reading began. A reading that began before the invalidation counts as stale
 * even when it ends after it, so a change committed meanwhile is never lost. Thread-safe.
 */
public final class Freshness {
    private final long timeToLiveNanos;
    private volatile long invalidatedAt = System.nanoTime() - 1;

    /** @param timeToLive how long a reading holds without an invalidation; zero: not at all */
    public Freshness(Duration timeToLive) {
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    /** When a reading begins: the stamp to keep with what it reads. */
    public long stamp() {
        return System.nanoTime();
    }

    /** Whether what was read from {@code stamp} on may still be used. */
    public boolean isFresh(long stamp) {
        return System.nanoTime() - stamp < timeToLiveNanos && stamp - invalidatedAt > 0;
    }

    /** Makes every reading begun so far stale. */
    public void invalidate() {
        invalidatedAt = System.nanoTime();
    }
}
