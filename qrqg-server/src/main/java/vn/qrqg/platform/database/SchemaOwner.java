package vn.qrqg.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * Connections as the role that owns the platform's tables: Flyway's migrations and
 * {@link DailyPartitions}' creating and dropping partitions, which PostgreSQL allows the owner
 * alone. Everything else runs as the runtime role (the application's {@link DataSource} bean),
 * which may not change the schema nor the audit ({@link RuntimePrivileges}). With an external
 * database configured with one role only, both are that role.
 */
public final class SchemaOwner implements AutoCloseable {
    private final DataSource dataSource;
    private final boolean ownPool;

    private SchemaOwner(DataSource dataSource, boolean ownPool) {
        this.dataSource = dataSource;
        this.ownPool = ownPool;
    }

    /** The owner signs in with a pool of its own, closed with this. */
    static SchemaOwner pool(HikariDataSource pool) {
        return new SchemaOwner(pool, true);
    }

    /** The runtime role is the owner: its connections, left open. */
    static SchemaOwner sameAsRuntime(DataSource runtime) {
        return new SchemaOwner(runtime, false);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (ownPool) {
            ((HikariDataSource) dataSource).close();
        }
    }
}
