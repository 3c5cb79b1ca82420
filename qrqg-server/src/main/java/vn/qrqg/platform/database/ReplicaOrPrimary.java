package vn.qrqg.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Connections to the read replica; while it does not answer, to the primary instead. A replica
 * that refuses or times out a connection is left alone for {@link #RETRY_AFTER} (one WARN, each
 * read then counted in {@code qrqg.database.replica.fallbacks}), so that the public pages stay up
 * and pay the connection timeout once, not on every request. A read that fails on a replica
 * connection already open because the replica went away is run again on the primary by
 * {@link ReadsFallingBack}, which tells this class so.
 */
final class ReplicaOrPrimary extends AbstractDataSource implements AutoCloseable {
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    static final String FALLBACKS = "qrqg.database.replica.fallbacks";
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaOrPrimary.class);

    private final HikariDataSource replica;
    private final DataSource primary;
    private final Counter fallbacks;
    private final Clock clock;
    private volatile Instant downUntil = Instant.MIN;

    ReplicaOrPrimary(HikariDataSource replica, DataSource primary, MeterRegistry meters, Clock clock) {
        this.replica = replica;
        this.primary = primary;
        this.fallbacks = Counter.builder(FALLBACKS)
                .description("reads meant for the read replica answered by the primary because the replica did not answer")
                .register(meters);
        this.clock = clock;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (clock.instant().isBefore(downUntil)) {
            fallbacks.increment();
            return primary.getConnection();
        }
        try {
            return replica.getConnection();
        } catch (SQLException down) {
            downUntil = clock.instant().plus(RETRY_AFTER);
            LOG.warn("the read replica does not answer ({}): its reads go to the primary for {} s, then it is tried again",
                    down.getMessage(), RETRY_AFTER.toSeconds());
            fallbacks.increment();
            return primary.getConnection();
        }
    }

    /** A read failed on an open replica connection ({@link ReadsFallingBack}); it is run again on the primary. */
    void failedUnder(SQLException failure) {
        Instant now = clock.instant();
        if (!now.isBefore(downUntil)) {
            LOG.warn("the read replica failed under a read (SQLSTATE {}): it is run again on the primary, and reads go "
                    + "there for {} s, then it is tried again", failure.getSQLState(), RETRY_AFTER.toSeconds());
        }
        downUntil = now.plus(RETRY_AFTER);
        fallbacks.increment();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("the read replica's pool signs in as its configured role only");
    }

    @Override
    public void close() {
        replica.close();
    }
}
