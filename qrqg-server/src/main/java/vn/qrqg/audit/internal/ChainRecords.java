package vn.qrqg.audit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.audit.AdminAction;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.ChainRecord;
import vn.qrqg.codec.audit.SignedHead;

/** A day's chain read back in order, reads and admin actions together, for its verification. */
public final class ChainRecords {
    /** Both tables in one shape; a day's reads are its partition's rows, its admin actions those written that day. */
    private static final String BOTH = """
            select 'read' as kind, id, seq, hash, at, client_id, app_id, scope, qid, document_number, fields, purpose,
                   outcome, null::text as actor, null::text as action, null::text[] as subjects, null::text as summary
            from audit_record where at >= :from and at < :to and %1$s
            union all
            select 'admin', id, seq, hash, at, null, null, null, null, null, null, null, null, actor, action, subjects,
                   summary
            from audit_admin_action where %2$s
            """;

    private final JdbcClient jdbc;

    ChainRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The records of {@code day}'s chain after place {@code after}, in order, at most {@code limit}. */
    public List<ChainRecord> page(LocalDate day, long after, int limit) {
        String sql = BOTH.formatted("seq > :after", "chain_day = :day and seq > :after") + " order by seq, id limit :limit";
        return bounded(jdbc.sql(sql), day).param("day", day).param("after", after).param("limit", limit)
                .query((row, i) -> record(row)).list();
    }

    /** Records of {@code day} without a place in its chain, at most {@code limit}. */
    public List<ChainRecord> unchained(LocalDate day, int limit) {
        String sql = BOTH.formatted("seq is null", "seq is null and at >= :from and at < :to") + " order by id limit :limit";
        return bounded(jdbc.sql(sql), day).param("limit", limit).query((row, i) -> record(row)).list();
    }

    /** Whether the day's partition of {@code audit_record} is still there (retention drops it whole). */
    public boolean partitionExists(LocalDate day) {
        return jdbc.sql("select to_regclass(:name) is not null")
                .param("name", "audit_record_p" + day.toString().replace("-", "")).query(Boolean.class).single();
    }

    private static JdbcClient.StatementSpec bounded(JdbcClient.StatementSpec statement, LocalDate day) {
        return statement.param("from", day.atStartOfDay().atOffset(ZoneOffset.UTC))
                .param("to", day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private static ChainRecord record(ResultSet row) throws SQLException {
        long seq = row.getLong("seq");
        Long place = row.wasNull() ? null : seq;
        byte[] hash = row.getBytes("hash");
        String stored = hash == null ? null : SignedHead.text(hash);
        var at = row.getObject("at", OffsetDateTime.class).toInstant();
        if (row.getString("kind").equals("read")) {
            AuditEntry read = new AuditEntry(at, row.getString("client_id"), row.getObject("app_id", UUID.class),
                    row.getString("scope"), row.getString("qid"), row.getString("document_number"),
                    texts(row.getArray("fields")), row.getString("purpose"), row.getString("outcome"));
            return new ChainRecord("read", row.getLong("id"), place, stored, read, null);
        }
        AdminAction action = new AdminAction(at, row.getString("actor"), row.getString("action"),
                texts(row.getArray("subjects")), row.getString("summary"));
        return new ChainRecord("admin", row.getLong("id"), place, stored, null, action);
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
