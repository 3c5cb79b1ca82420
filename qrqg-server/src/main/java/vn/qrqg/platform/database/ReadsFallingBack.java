package vn.qrqg.platform.database;

import java.sql.SQLException;
import java.util.Set;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * The replica's reads, run once more on the primary when the replica fails under them: a pooled
 * connection the replica has just closed (stopped, restarted, failed over; the pool hands out a
 * connection used in the last half second without checking it), or a read the standby cancelled
 * because it conflicted with replay. These reads are single statements without side effects, so
 * running one again is safe; any other error (bad SQL, a timeout) is not retried. Every query of
 * {@link org.springframework.jdbc.core.simple.JdbcClient} comes through the one method overridden
 * here; a row callback that had already been given rows before the failure would be given them again.
 */
final class ReadsFallingBack extends JdbcTemplate {
    /** SQLSTATE classes and codes that mean "the replica, not the read": connection, shutdown, recovery conflict. */
    private static final Set<String> REPLICA_FAILURES = Set.of("08", "57P01", "57P02", "57P03", "40001");

    private final ReplicaOrPrimary replica;
    private final JdbcTemplate primary;

    ReadsFallingBack(ReplicaOrPrimary replica, JdbcTemplate primary) {
        super(replica);
        this.replica = replica;
        this.primary = primary;
    }

    @Override
    public <T> T query(PreparedStatementCreator statement, PreparedStatementSetter parameters,
            ResultSetExtractor<T> extractor) throws DataAccessException {
        try {
            return super.query(statement, parameters, extractor);
        } catch (DataAccessException failed) {
            rethrowUnlessTheReplicaFailed(failed);
            return primary.query(statement, parameters, extractor);
        }
    }

    private void rethrowUnlessTheReplicaFailed(DataAccessException failed) {
        if (!(failed.getMostSpecificCause() instanceof SQLException cause) || !isReplicaFailure(cause.getSQLState())) {
            throw failed;
        }
        replica.failedUnder(cause);
    }

    static boolean isReplicaFailure(String sqlState) {
        return sqlState != null && sqlState.length() == 5
                && (REPLICA_FAILURES.contains(sqlState) || REPLICA_FAILURES.contains(sqlState.substring(0, 2)));
    }
}
