package vn.qrqg.health.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.CardColour;

/**
 * {@code health_card_state}: the card last evaluated for each person an app holds a token for,
 * and when to evaluate it again. All of the table's SQL.
 */
final class CardStateRepository {

    /**
     * @param validUntil the colour's last second; {@code null}: nothing known changes it
     * @param provinceCode whose rules gave it; {@code null}: the national default
     */
    record State(Qid qid, CardColour colour, Instant validUntil, String provinceCode, Instant evaluatedAt) {
    }

    private static final String COLUMNS = "qid, colour, valid_until, province_code, evaluated_at";

    private final JdbcClient jdbc;

    CardStateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The states of these people that exist, locked until the transaction ends, in QID order. */
    List<State> lock(Collection<Qid> qids) {
        return jdbc.sql("select " + COLUMNS + " from health_card_state where qid = any(:qids::text[]) order by qid for update")
                .param("qids", values(qids)).query((row, i) -> state(row)).list();
    }

    /**
     * Up to {@code limit} states due by {@code now}, earliest first, locked; those another instance
     * holds are skipped, so that every instance may work through them at once.
     */
    List<State> lockDue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from health_card_state where due_at <= :now
                        order by due_at limit :limit for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit).query((row, i) -> state(row)).list();
    }

    /** Stores a state evaluated now, first or again, to be evaluated again at {@code due}. */
    /** Makes the person's state due at {@code at} at the latest, if they have one. */
    void markDue(Qid qid, Instant at) {
        jdbc.sql("update health_card_state set due_at = least(due_at, :at) where qid = :qid")
                .param("at", Timestamp.from(at)).param("qid", qid.value()).update();
    }

    void put(State state, Instant due) {
        jdbc.sql("""
                        insert into health_card_state (qid, colour, valid_until, province_code, evaluated_at, due_at)
                        values (:qid, :colour, :validUntil, :province, :evaluatedAt, :due)
                        on conflict (qid) do update set colour = excluded.colour, valid_until = excluded.valid_until,
                            province_code = excluded.province_code, evaluated_at = excluded.evaluated_at,
                            due_at = excluded.due_at""")
                .param("qid", state.qid().value()).param("colour", state.colour().name())
                .param("validUntil", state.validUntil() == null ? null : Timestamp.from(state.validUntil()))
                .param("province", state.provinceCode()).param("evaluatedAt", Timestamp.from(state.evaluatedAt()))
                .param("due", Timestamp.from(due))
                .update();
    }

    /** @return how many of these people's states were dropped */
    int delete(Collection<Qid> qids) {
        if (qids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from health_card_state where qid = any(:qids::text[])").param("qids", values(qids)).update();
    }

    /** Up to {@code limit} QIDs of states under the province's rules, after {@code after} ({@code null}: from the first), in order. */
    List<String> ofProvince(String provinceCode, String after, int limit) {
        return jdbc.sql("""
                        select qid from health_card_state where province_code = :province and qid > :after
                        order by qid limit :limit""")
                .param("province", provinceCode).param("after", after == null ? "" : after).param("limit", limit)
                .query(String.class).list();
    }

    /** Of these QIDs, those with a state. */
    java.util.Set<String> existing(Collection<Qid> qids) {
        return new java.util.HashSet<>(jdbc.sql("select qid from health_card_state where qid = any(:qids::text[])")
                .param("qids", values(qids)).query(String.class).list());
    }

    /** Up to {@code limit} QIDs of states after {@code after} ({@code null}: from the first), in order. */
    List<String> after(String after, int limit) {
        return jdbc.sql("select qid from health_card_state where qid > :after order by qid limit :limit")
                .param("after", after == null ? "" : after).param("limit", limit).query(String.class).list();
    }

    /** Brings these states' next evaluation forward to {@code due}, unless it comes sooner. */
    int dueBy(Collection<String> qids, Instant due) {
        return jdbc.sql("update health_card_state set due_at = :due where qid = any(:qids::text[]) and due_at > :due")
                .param("qids", qids.toArray(String[]::new)).param("due", Timestamp.from(due)).update();
    }

    private static String[] values(Collection<Qid> qids) {
        return qids.stream().map(Qid::value).distinct().toArray(String[]::new);
    }

    private static State state(ResultSet row) throws SQLException {
        Timestamp validUntil = row.getTimestamp("valid_until");
        return new State(new Qid(row.getString("qid")), CardColour.valueOf(row.getString("colour")),
                validUntil == null ? null : validUntil.toInstant(), row.getString("province_code"),
                row.getTimestamp("evaluated_at").toInstant());
    }
}
