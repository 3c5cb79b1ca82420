package vn.qrqg.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.platform.InstanceId;
import vn.qrqg.platform.PlatformProperties;

/**
 * One PostgreSQL for the platform, the external one when configured, else the embedded one,
 * signed in as two roles: the runtime role for everything the platform does (the
 * {@link DataSource} bean), the {@link SchemaOwner} for migrations and partitions; and the reads
 * that may be stale, from a read replica when one is configured ({@link ReplicaReads}). Each pool's
 * connections carry its name as their {@code application_name} ({@code pg_stat_activity}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfiguration.class);
    private static final int OWNER_POOL = 4;
    /** How long a read waits for a replica connection before it is answered by the primary instead. */
    private static final long REPLICA_CONNECTION_TIMEOUT_MS = 2_000;

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${qrqg.database.url:}'.isBlank()")
    EmbeddedDatabase embeddedDatabase(PlatformProperties platform) {
        return EmbeddedDatabase.start(platform.dataDir());
    }

    @Bean
    DataSource dataSource(DatabaseProperties database, ObjectProvider<EmbeddedDatabase> embedded, InstanceId instance) {
        HikariDataSource pool = pool("qrqg", runtime(database, embedded), database.poolSize());
        pool.addDataSourceProperty("ApplicationName", "qrqg " + instance); // pg_stat_activity says whose it is
        return pool;
    }

    /** One listening connection of the runtime role's, outside the pool. */
    @Bean
    Notifications notifications(JdbcClient jdbc, DatabaseProperties database, ObjectProvider<EmbeddedDatabase> embedded,
            InstanceId instance) {
        return new Notifications(jdbc, runtime(database, embedded), "qrqg " + instance + " notifications");
    }

    @Bean
    OnceAcrossInstances onceAcrossInstances(DataSource dataSource) {
        return new OnceAcrossInstances(dataSource);
    }

    private static DatabaseLogin runtime(DatabaseProperties database, ObjectProvider<EmbeddedDatabase> embedded) {
        EmbeddedDatabase local = embedded.getIfAvailable();
        return local != null ? local.app() : database.app();
    }

    /** A small pool: Flyway at start (it takes three connections), then a partition check or drop now and then. */
    @Bean(destroyMethod = "close")
    SchemaOwner schemaOwner(DatabaseProperties database, ObjectProvider<EmbeddedDatabase> embedded, DataSource dataSource) {
        EmbeddedDatabase local = embedded.getIfAvailable();
        if (local != null) {
            return SchemaOwner.pool(ownerPool(local.owner()));
        }
        if (!database.hasOwner()) {
            LOG.warn("QRQG_DB_OWNER_USER is not set: the platform's runtime role owns the schema, so nothing but the "
                    + "audit's triggers keeps it append-only against that role (docs/operations.md, The database)");
            return SchemaOwner.sameAsRuntime(dataSource);
        }
        return SchemaOwner.pool(ownerPool(database.owner()));
    }

    /**
     * The read replica's own read-only pool when {@code QRQG_DB_READ_URL} is set, signed in as the
     * runtime role unless {@code QRQG_DB_READ_USER} is set; else the primary's pool.
     */
    @Bean(destroyMethod = "close")
    ReplicaReads replicaReads(DatabaseProperties database, ObjectProvider<EmbeddedDatabase> embedded,
            DataSource dataSource, MeterRegistry meters) {
        if (!database.hasReplica()) {
            return ReplicaReads.primaryOnly(dataSource);
        }
        EmbeddedDatabase local = embedded.getIfAvailable();
        DatabaseLogin login = database.replica(local != null ? local.app() : database.app());
        HikariDataSource pool = pool("qrqg-read", login, database.readPoolSize());
        pool.setReadOnly(true);
        // read-only even outside transactions: a write sent here by mistake fails on a primary too
        pool.addDataSourceProperty("readOnlyMode", "always");
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(REPLICA_CONNECTION_TIMEOUT_MS);
        pool.setInitializationFailTimeout(-1); // a replica still starting must not stop the platform
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters)); // hikaricp_* {pool="qrqg-read"}
        LOG.info("reads that may be stale go to the read replica {} (docs/operations.md, Read replicas)", login);
        return ReplicaReads.replica(new ReplicaOrPrimary(pool, dataSource, meters, Clock.systemUTC()), dataSource);
    }

    /** Migrations run as the owner, whatever Spring Boot would choose. */
    @Bean
    FlywayConfigurationCustomizer migrationsAsTheOwner(SchemaOwner owner) {
        return configuration -> configuration.dataSource(owner.dataSource());
    }

    /** After each migration, the runtime role's privileges (none to grant when it is the owner). */
    @Bean
    Callback runtimePrivileges(DatabaseProperties database, ObjectProvider<EmbeddedDatabase> embedded,
            List<AppendOnlyTable> appendOnly) {
        EmbeddedDatabase local = embedded.getIfAvailable();
        return new RuntimePrivileges(local != null ? local.app().user() : database.user(), appendOnly);
    }

    /** Connections open only while used: the owner's work comes at start and then once an hour. */
    private static HikariDataSource ownerPool(DatabaseLogin owner) {
        HikariDataSource pool = pool("qrqg-owner", owner, OWNER_POOL);
        pool.setMinimumIdle(0);
        return pool;
    }

    private static HikariDataSource pool(String name, DatabaseLogin login, int size) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName(name);
        dataSource.setMaximumPoolSize(size);
        dataSource.setJdbcUrl(login.url());
        dataSource.setUsername(login.user());
        dataSource.setPassword(login.password());
        dataSource.addDataSourceProperty("ApplicationName", name);
        return dataSource;
    }
}
