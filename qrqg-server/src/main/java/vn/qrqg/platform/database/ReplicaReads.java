package vn.qrqg.platform.database;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads that may be stale by the read replica's lag, and only those (docs/operations.md, "Read
 * replicas"): the public risk map, a venue's public facts and page, check-in history pages, the
 * audit's published heads, the certified apps, a person's access log. With {@code QRQG_DB_READ_URL} they go to that
 * replica, through its own small read-only pool, falling back to the primary while the replica
 * does not answer ({@link ReplicaOrPrimary}); without it they go to the primary like everything
 * else. A repository takes this type, never a plain {@link JdbcClient}, for such reads, so that no
 * read reaches the replica by accident.
 *
 * <p><b>Never for a decision:</b> whatever a request reads to decide or then write (a scan's
 * person, QR version and SUPERSEDED check, an app's status, holder tokens, idempotency keys, a
 * check-in's venue) is read from the primary, through the ordinary {@link JdbcClient} bean.
 */
public final class ReplicaReads implements AutoCloseable {
    private final JdbcClient jdbc;
    private final ReplicaOrPrimary replica;

    private ReplicaReads(JdbcClient jdbc, ReplicaOrPrimary replica) {
        this.jdbc = jdbc;
        this.replica = replica;
    }

    /** No replica configured: these reads go to the primary. */
    static ReplicaReads primaryOnly(DataSource primary) {
        return new ReplicaReads(JdbcClient.create(primary), null);
    }

    /** The replica, and the primary while it does not answer. */
    static ReplicaReads replica(ReplicaOrPrimary replica, DataSource primary) {
        return new ReplicaReads(JdbcClient.create(new ReadsFallingBack(replica, new JdbcTemplate(primary))), replica);
    }

    /** SQL whose answer may lag the primary by the replica's lag: one statement at a time, no transaction. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        if (replica != null) {
            replica.close();
        }
    }
}
