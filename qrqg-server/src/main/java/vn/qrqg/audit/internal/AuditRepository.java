package vn.qrqg.audit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditFilter;
import vn.qrqg.audit.AuditQuery;
import vn.qrqg.platform.database.ReplicaReads;

/** The table {@code audit_record} read back (what writes it: {@link ChainedInserts}). */
public final class AuditRepository {

    private static final List<String> READ = List.of("at", "client_id", "app_id", "scope", "qid",
            "document_number", "fields", "purpose", "outcome");
    private static final String COLUMNS = String.join(", ", READ);

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The records as the read replica has them, when there is one: for a person's access log
     * only, where a read made within the replica's lag may be missing from the page.
     */
    public static AuditRepository onReplica(ReplicaReads replica) {
        return new AuditRepository(replica.jdbc());
    }

    /** The records matching both filters (a null filter matches all), newest first. */
    public List<AuditEntry> page(String qid, String clientId, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_record" + where(qid, clientId)
                        + " order by at desc, id desc limit :limit offset :offset")
                .param("qid", qid).param("clientId", clientId).param("limit", limit).param("offset", offset)
                .query((row, i) -> entry(row)).list();
    }

    public long count(String qid, String clientId) {
        return jdbc.sql("select count(*) from audit_record" + where(qid, clientId))
                .param("qid", qid).param("clientId", clientId).query(Long.class).single();
    }

    private static String where(String qid, String clientId) {
        String where = qid == null ? "" : " where qid = :qid";
        if (clientId != null) {
            where += (where.isEmpty() ? " where" : " and") + " client_id = :clientId";
        }
        return where;
    }

    /** The records matching every filter of {@code filter}, newest first. */
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return AuditFilterSql.bind(jdbc.sql("select " + COLUMNS + " from audit_record" + AuditFilterSql.where(filter)
                        + " order by at desc, id desc limit :limit offset :offset"), filter)
                .param("limit", limit).param("offset", offset).query((row, i) -> entry(row)).list();
    }

    public long count(AuditFilter filter) {
        return AuditFilterSql.bind(jdbc.sql("select count(*) from audit_record" + AuditFilterSql.where(filter)), filter)
                .query(Long.class).single();
    }

    /**
     * The person's records shown by {@code shown}, each with its id, newest first: what a person's
     * access log shows (see {@code vn.qrqg.privacy}).
     */
    public List<AuditQuery.Numbered> ofPersonUnder(String qid, AuditQuery.Shown shown, int offset, int limit) {
        return shown(jdbc.sql("select id, " + COLUMNS + " from audit_record" + SHOWN
                        + " order by at desc, id desc limit :limit offset :offset"), qid, shown)
                .param("limit", limit).param("offset", offset)
                .query((row, i) -> new AuditQuery.Numbered(row.getLong("id"), entry(row))).list();
    }

    public long countOfPersonUnder(String qid, AuditQuery.Shown shown) {
        return shown(jdbc.sql("select count(*) from audit_record" + SHOWN), qid, shown).query(Long.class).single();
    }

    /** One of {@link #ofPersonUnder}'s records by its id; empty when it is not one of them. */
    public Optional<AuditQuery.Numbered> oneOfPersonUnder(String qid, AuditQuery.Shown shown, long id) {
        return shown(jdbc.sql("select id, " + COLUMNS + " from audit_record" + SHOWN + " and id = :id"), qid, shown)
                .param("id", id).query((row, i) -> new AuditQuery.Numbered(row.getLong("id"), entry(row))).optional();
    }

    /** A person's records under a scope but the hidden ones, and under none only of the named clients. */
    private static final String SHOWN = " where qid = :qid and case when scope is null then client_id like :unscoped"
            + " else not (scope = any(:hidden)) end";

    private static JdbcClient.StatementSpec shown(JdbcClient.StatementSpec statement, String qid, AuditQuery.Shown shown) {
        return statement.param("qid", qid).param("hidden", shown.hiddenScopes().toArray(String[]::new))
                .param("unscoped", shown.unscopedClientPrefix() + "%");
    }

    /** {@code {"shortName","birthYear"}}: PostgreSQL's text-array literal, every element quoted. */
    static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        Array fields = row.getArray("fields");
        return new AuditEntry(row.getObject("at", OffsetDateTime.class).toInstant(), row.getString("client_id"),
                row.getObject("app_id", UUID.class), row.getString("scope"), row.getString("qid"),
                row.getString("document_number"), List.of((String[]) fields.getArray()), row.getString("purpose"),
                row.getString("outcome"));
    }
}
