package vn.qrqg.clients.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed client authentications at {@code /oauth2/token}, counted per client id and per address
 * in windows of fixed length, in this instance's memory (no database work for a flood to cause):
 * past a limit, further attempts of that client id or address are refused unchecked until the
 * window ends. At most {@link #MAX_KEYS} keys are kept (past that, Caffeine drops those least
 * likely to be used again; a count also goes a window after its last failure), so that a flood
 * of made-up ids cannot grow the memory. Thread-safe.
 */
final class FailedAuthentications {
    static final int MAX_KEYS = 100_000;

    private record Count(long windowStart, int failures) {
    }

    private final Cache<String, Count> cache;
    private final ConcurrentMap<String, Count> counts;
    private final Duration window;
    private final int perClient;
    private final int perAddress;

    FailedAuthentications(Duration window, int perClient, int perAddress) {
        if (window.isNegative() || window.isZero() || perClient < 1 || perAddress < 1) {
            throw new IllegalArgumentException("qrqg.clients.failed-authentications: a positive window and limits of 1 or more");
        }
        this.window = window;
        this.perClient = perClient;
        this.perAddress = perAddress;
        // eviction runs on the calling thread: the bound holds as soon as a failure is counted
        this.cache = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(window).executor(Runnable::run).build();
        this.counts = cache.asMap();
    }

    /** How long the caller must wait, or {@link Duration#ZERO} when it may try. */
    Duration waitFor(String clientId, String address, Instant now) {
        Duration client = clientId == null ? Duration.ZERO : wait("client:" + clientId, perClient, now);
        Duration from = address == null ? Duration.ZERO : wait("address:" + address, perAddress, now);
        return client.compareTo(from) >= 0 ? client : from;
    }

    /** One more failure of this client id (when known) and address. */
    void failed(String clientId, String address, Instant now) {
        if (clientId != null) {
            increment("client:" + clientId, now);
        }
        if (address != null) {
            increment("address:" + address, now);
        }
    }

    /** How many client ids and addresses are counted now. */
    int keys() {
        cache.cleanUp();
        return (int) cache.estimatedSize();
    }

    private Duration wait(String key, int limit, Instant now) {
        Count count = counts.get(key);
        long start = windowStart(now);
        if (count == null || count.windowStart() != start || count.failures() < limit) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(start + window.toMillis() - now.toEpochMilli());
    }

    private void increment(String key, Instant now) {
        long start = windowStart(now);
        counts.merge(key, new Count(start, 1), (old, one) -> old.windowStart() == start
                ? new Count(start, old.failures() + 1) : one);
    }

    private long windowStart(Instant now) {
        long millis = now.toEpochMilli();
        return millis - Math.floorMod(millis, window.toMillis());
    }
}
