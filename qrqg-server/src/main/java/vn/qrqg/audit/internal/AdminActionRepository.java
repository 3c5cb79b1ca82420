package vn.qrqg.audit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.audit.AdminAction;

/** The table {@code audit_admin_action}: one action in, pages out. */
public final class AdminActionRepository {
    private final JdbcClient jdbc;

    AdminActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the action, unless it is written already: an event delivered again after a failure
     * that had in fact written it.
     */
    void insert(AdminAction action) {
        jdbc.sql("""
                        insert into audit_admin_action (at, actor, action, subjects, summary)
                        values (:at, :actor, :action, cast(:subjects as text[]), :summary)
                        on conflict (action, at, subjects) do nothing""")
                .param("at", Timestamp.from(action.at())).param("actor", action.actor())
                .param("action", action.action())
                .param("subjects", AuditRepository.arrayLiteral(action.subjects()))
                .param("summary", action.summary())
                .update();
    }

    /** Newest first. */
    public List<AdminAction> page(int offset, int limit) {
        return jdbc.sql("select at, actor, action, subjects, summary from audit_admin_action"
                        + " order by at desc, id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset)
                .query((row, i) -> action(row)).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from audit_admin_action").query(Long.class).single();
    }

    private static AdminAction action(ResultSet row) throws SQLException {
        Array subjects = row.getArray("subjects");
        return new AdminAction(row.getObject("at", OffsetDateTime.class).toInstant(), row.getString("actor"),
                row.getString("action"), List.of((String[]) subjects.getArray()), row.getString("summary"));
    }
}
