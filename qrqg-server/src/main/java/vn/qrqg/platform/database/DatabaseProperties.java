package vn.qrqg.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's PostgreSQL. Without a URL it runs its own, embedded, under the data
 * directory; with {@code QRQG_DB_URL} it uses that server instead, signed in as the runtime role
 * {@code QRQG_DB_USER} ({@code QRQG_DB_PASSWORD}), and as the schema's owner
 * {@code QRQG_DB_OWNER_USER} ({@code QRQG_DB_OWNER_PASSWORD}) for migrations and partitions
 * (docs/operations.md). Without an owner, the runtime role is the owner too. With
 * {@code QRQG_DB_READ_URL} the reads that may be stale go to that read replica ({@link ReplicaReads}).
 *
 * @param poolSize connections the platform holds open: each request holds one only for each
 *        statement or transaction, and concurrent commits share one disk flush in PostgreSQL, so
 *        more connections than cores pay off while requests wait on the disk
 * @param readUrl a streaming replica of the primary ({@code QRQG_DB_READ_URL}); blank: none
 * @param readUser the replica's role; blank: the runtime role, with its password
 * @param readPoolSize connections held open to the replica at most: its reads are few and short
 */
@ConfigurationProperties("qrqg.database")
public record DatabaseProperties(String url, String user, String password, String ownerUser, String ownerPassword,
        @DefaultValue("40") int poolSize, String readUrl, String readUser, String readPassword,
        @DefaultValue("10") int readPoolSize) {

    public DatabaseProperties {
        if (poolSize < 2) {
            throw new IllegalArgumentException("qrqg.database.pool-size must be at least 2, was " + poolSize);
        }
        if (readPoolSize < 1) {
            throw new IllegalArgumentException("qrqg.database.read-pool-size must be at least 1, was " + readPoolSize);
        }
        if (isExternal() && hasOwner() && isBlank(user)) {
            throw new IllegalArgumentException("QRQG_DB_OWNER_USER is set: set QRQG_DB_USER to the runtime role too");
        }
    }

    public boolean isExternal() {
        return !isBlank(url);
    }

    /** The runtime role of the external database. */
    DatabaseLogin app() {
        return new DatabaseLogin(url, user, password);
    }

    /** The owner role of the external database, the runtime role when none is configured. */
    DatabaseLogin owner() {
        return hasOwner() ? new DatabaseLogin(url, ownerUser, ownerPassword) : app();
    }

    /** Whether a read replica is configured ({@code QRQG_DB_READ_URL}). */
    boolean hasReplica() {
        return !isBlank(readUrl);
    }

    /** The read replica, signed in as the runtime role {@code runtime} unless a read user is set. */
    DatabaseLogin replica(DatabaseLogin runtime) {
        return isBlank(readUser) ? new DatabaseLogin(readUrl, runtime.user(), runtime.password())
                : new DatabaseLogin(readUrl, readUser, readPassword);
    }

    boolean hasOwner() {
        return !isBlank(ownerUser);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
