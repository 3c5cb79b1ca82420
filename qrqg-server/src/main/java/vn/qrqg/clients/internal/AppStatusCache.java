package vn.qrqg.clients.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.qrqg.clients.ClientsProperties;

/**
 * What each token's app is now, read on every authenticated call. Kept for
 * {@code qrqg.clients.status-cache-time-to-live} (1 s by default) to spare the database a query
 * per call at scanning peaks; a status change made through this instance evicts the entry at
 * once, so here a suspended app is refused on its very next call, and through other instances
 * within that time. Thread-safe.
 */
@Component
public class AppStatusCache {
    /** Beyond this, the cache starts afresh: devices that stopped calling do not pile up. */
    private static final int MAX_ENTRIES = 100_000;

    private final AppRepository repository;
    private final long ttlNanos;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(Optional<StoredApp> app, long readAt) {
    }

    public AppStatusCache(AppRepository repository, ClientsProperties properties) {
        this.repository = repository;
        Duration ttl = properties.statusCacheTimeToLive();
        this.ttlNanos = ttl == null || ttl.isNegative() ? 0 : ttl.toNanos();
    }

    /** The app of this client_id as it was at most the time-to-live ago; empty if there is none. */
    public Optional<StoredApp> find(String clientId) {
        if (ttlNanos == 0) {
            return repository.findByClientId(clientId);
        }
        long now = System.nanoTime();
        Entry entry = entries.get(clientId);
        if (entry == null || now - entry.readAt() >= ttlNanos) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entry = new Entry(repository.findByClientId(clientId), now);
            entries.put(clientId, entry);
        }
        return entry.app();
    }

    /** Forgets what it knows of this client: the next call reads the database. */
    public void evict(String clientId) {
        entries.remove(clientId);
    }
}
