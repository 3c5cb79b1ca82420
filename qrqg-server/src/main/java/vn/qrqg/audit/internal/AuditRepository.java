package vn.qrqg.audit.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.audit.AuditEntry;

/** The table {@code audit_record}: batches in, pages out. */
public final class AuditRepository {

    /** One statement whatever the batch size, so that it is parsed and planned once per connection. */
    private static final String INSERT = """
            insert into audit_record (at, client_id, app_id, scope, qid, document_number, fields, purpose, outcome)
            select at::timestamptz, client_id, app_id::uuid, scope, qid, document_number, fields::text[], purpose, outcome
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                as batch(at, client_id, app_id, scope, qid, document_number, fields, purpose, outcome)""";
    private static final String COLUMNS = "at, client_id, app_id, scope, qid, document_number, fields, purpose, outcome";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    public AuditRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** Writes the batch in one statement; committed when this returns (the connection auto-commits). */
    void insert(List<AuditEntry> entries) {
        jdbcTemplate.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(INSERT);
            statement.setArray(1, text(connection, entries, entry -> entry.at().toString()));
            statement.setArray(2, text(connection, entries, AuditEntry::clientId));
            statement.setArray(3, text(connection, entries, entry -> entry.appId().toString()));
            statement.setArray(4, text(connection, entries, AuditEntry::scope));
            statement.setArray(5, text(connection, entries, AuditEntry::qid));
            statement.setArray(6, text(connection, entries, AuditEntry::documentNumber));
            statement.setArray(7, text(connection, entries, entry -> arrayLiteral(entry.fields())));
            statement.setArray(8, text(connection, entries, AuditEntry::purpose));
            statement.setArray(9, text(connection, entries, AuditEntry::outcome));
            return statement;
        });
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

    private static Array text(Connection connection, List<AuditEntry> entries, Function<AuditEntry, String> column)
            throws SQLException {
        return connection.createArrayOf("text", entries.stream().map(column).toArray(String[]::new));
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
