package vn.qrqg.audit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.audit.AdminAction;
import vn.qrqg.codec.audit.AuditChain;

/** The table {@code audit_admin_action}: one action in, pages out. */
public final class AdminActionRepository {
    private final JdbcClient jdbc;
    private final ChainHeads heads;
    private final Clock clock;

    AdminActionRepository(JdbcClient jdbc, ChainHeads heads, Clock clock) {
        this.jdbc = jdbc;
        this.heads = heads;
        this.clock = clock;
    }

    /**
     * Writes the action in the next place of today's chain (docs/audit.md), unless it is written
     * already: an event delivered again after a failure that had in fact written it. Called in a
     * transaction, which holds today's head until it ends.
     */
    void insert(AdminAction action) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ChainHeads.Head head = heads.lock(today);
        if (head.sealed()) { // only a clock set back by more than the seal's grace
            throw new IllegalStateException("the audit chain of " + today + " is sealed already");
        }
        long seq = head.records() + 1;
        byte[] hash = AuditChain.next(head.head(), ChainBytes.of(action, seq));
        int written = jdbc.sql("""
                        insert into audit_admin_action (at, actor, action, subjects, summary, chain_day, seq, hash)
                        values (:at, :actor, :action, cast(:subjects as text[]), :summary, :day, :seq, :hash)
                        on conflict (action, at, subjects) do nothing""")
                .param("at", Timestamp.from(action.at())).param("actor", action.actor())
                .param("action", action.action())
                .param("subjects", AuditRepository.arrayLiteral(action.subjects()))
                .param("summary", action.summary())
                .param("day", today).param("seq", seq).param("hash", hash)
                .update();
        if (written == 1) {
            heads.advance(today, seq, hash);
        }
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
