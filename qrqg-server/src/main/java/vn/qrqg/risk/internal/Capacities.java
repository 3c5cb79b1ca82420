package vn.qrqg.risk.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code risk_capacity}: whether each province's treatment capacity meets the criteria, as its officials said. */
@Repository
class Capacities {

    /** One entry; {@code note} what the officials added, e.g. beds and oxygen. */
    record Capacity(String provinceCode, boolean met, String note, LocalDate effectiveFrom, Instant enteredAt,
            String enteredBy) {
    }

    private final JdbcClient jdbc;

    Capacities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enter(Capacity capacity) {
        jdbc.sql("""
                        insert into risk_capacity (province_code, effective_from, met, note, entered_at, entered_by)
                        values (:province, :from, :met, :note, :at, :by)""")
                .param("province", capacity.provinceCode()).param("from", Date.valueOf(capacity.effectiveFrom()))
                .param("met", capacity.met()).param("note", capacity.note())
                .param("at", Timestamp.from(capacity.enteredAt())).param("by", capacity.enteredBy())
                .update();
    }

    /** The entry in force on {@code day} of each province that has one: the latest to begin, of those the last entered. */
    Map<String, Capacity> inForce(LocalDate day) {
        Map<String, Capacity> capacities = new HashMap<>();
        jdbc.sql("""
                        select distinct on (province_code) province_code, met, note, effective_from, entered_at, entered_by
                        from risk_capacity where effective_from <= :day
                        order by province_code, effective_from desc, entered_at desc""")
                .param("day", Date.valueOf(day))
                .query((row, i) -> new Capacity(row.getString("province_code"), row.getBoolean("met"),
                        row.getString("note"), row.getDate("effective_from").toLocalDate(),
                        row.getTimestamp("entered_at").toInstant(), row.getString("entered_by")))
                .list().forEach(capacity -> capacities.put(capacity.provinceCode(), capacity));
        return capacities;
    }
}
