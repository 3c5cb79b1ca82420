package vn.qrqg.clients.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.qrqg.clients.ClientsProperties;
import vn.qrqg.platform.database.Notifications;

/**
 * What each token's app is now, read on every authenticated call. Kept for
 * {@code qrqg.clients.status-cache-time-to-live} (1 s by default) to spare the database a query
 * per call at scanning peaks; a change of an app (its status, its provinces) is notified on
 * {@link #CHANNEL} in its transaction and evicts the entry on every instance as it commits, so a
 * suspended app is refused on its next call everywhere, and within that time should the
 * notification be lost. Thread-safe. Read from the primary, never a read replica
 * ({@link vn.qrqg.platform.database.ReplicaReads}): a replica's lag would add to that bound.
 */
@Component
public class AppStatusCache {
    /** Devices that stopped calling do not pile up beyond this. */
    private static final int MAX_ENTRIES = 100_000;
    /** Notified, with the app's client_id, when what this cache holds of it changed. */
    public static final String CHANNEL = "qrqg_app_status";

    private final AppRepository repository;
    /** Null when the time-to-live is zero: every call reads the database. */
    private final LoadingCache<String, Optional<StoredApp>> apps;

    @Autowired
    public AppStatusCache(AppRepository repository, ClientsProperties properties, Notifications notifications) {
        this(repository, properties);
        notifications.subscribe(CHANNEL, this::evict, this::evictAll);
    }

    /** Alone, without notifications: for tests of what a call sees. */
    public AppStatusCache(AppRepository repository, ClientsProperties properties) {
        this.repository = repository;
        Duration ttl = properties.statusCacheTimeToLive();
        this.apps = ttl == null || ttl.isNegative() || ttl.isZero() ? null
                : Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(ttl).build(repository::findByClientId);
    }

    /** The app of this client_id as it was at most the time-to-live ago; empty if there is none. */
    public Optional<StoredApp> find(String clientId) {
        return apps == null ? repository.findByClientId(clientId) : apps.get(clientId);
    }

    /** Forgets what it knows of this client: the next call reads the database. */
    public void evict(String clientId) {
        if (apps != null) {
            apps.invalidate(clientId);
        }
    }

    /** Forgets every client: notifications may have been lost. */
    public void evictAll() {
        if (apps != null) {
            apps.invalidateAll();
        }
    }
}
