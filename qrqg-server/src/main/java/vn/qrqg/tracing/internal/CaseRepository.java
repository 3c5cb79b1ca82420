package vn.qrqg.tracing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code tracing_case}: the confirmed cases the health authorities reported. */
@Repository
class CaseRepository {

    /**
     * A case as stored; {@code personSealed} opens with {@link TracingKeys#open}; {@code provinceCode}
     * and {@code communeCode} are where its person lives (null: unknown).
     */
    record StoredCase(UUID caseId, String sourceId, UUID reportedBy, byte[] personKey, byte[] personSealed,
            String provinceCode, String communeCode, Instant sampledAt, Instant confirmedAt, Instant symptomOnset,
            Instant infectiousFrom, Instant reportedAt, Instant tracedAt, Instant withdrawnAt) {
    }

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the cases whose source ids are not stored yet, in one statement; of two with one
     * source id, the first. @return the ids of the cases stored now
     */
    Set<UUID> insertUnlessKnown(List<StoredCase> fresh) {
        return new HashSet<>(jdbc.sql("""
                        insert into tracing_case (case_id, source_id, reported_by, person_key, person_sealed, province_code,
                                                  commune_code, sampled_at, confirmed_at, symptom_onset, infectious_from)
                        select c.case_id, c.source_id, c.reported_by, decode(c.person_key, 'hex'),
                               decode(c.person_sealed, 'hex'), c.province_code, c.commune_code, c.sampled_at,
                               c.confirmed_at, c.symptom_onset, c.infectious_from
                        from unnest(:ids::uuid[], :sources::text[], :by::uuid[], :keys::text[], :sealed::text[],
                                    :provinces::text[], :communes::text[], :sampled::timestamptz[],
                                    :confirmed::timestamptz[], :onsets::timestamptz[], :froms::timestamptz[]) with ordinality
                            as c(case_id, source_id, reported_by, person_key, person_sealed, province_code, commune_code,
                                 sampled_at, confirmed_at, symptom_onset, infectious_from, position)
                        order by c.position
                        on conflict (source_id) do nothing
                        returning case_id""")
                .param("ids", fresh.stream().map(c -> c.caseId().toString()).toArray(String[]::new))
                .param("sources", fresh.stream().map(StoredCase::sourceId).toArray(String[]::new))
                .param("by", fresh.stream().map(c -> c.reportedBy().toString()).toArray(String[]::new))
                .param("keys", fresh.stream().map(c -> HexFormat.of().formatHex(c.personKey())).toArray(String[]::new))
                .param("sealed", fresh.stream().map(c -> HexFormat.of().formatHex(c.personSealed())).toArray(String[]::new))
                .param("provinces", fresh.stream().map(StoredCase::provinceCode).toArray(String[]::new))
                .param("communes", fresh.stream().map(StoredCase::communeCode).toArray(String[]::new))
                .param("sampled", fresh.stream().map(c -> text(c.sampledAt())).toArray(String[]::new))
                .param("confirmed", fresh.stream().map(c -> text(c.confirmedAt())).toArray(String[]::new))
                .param("onsets", fresh.stream().map(c -> text(c.symptomOnset())).toArray(String[]::new))
                .param("froms", fresh.stream().map(c -> text(c.infectiousFrom())).toArray(String[]::new))
                .query(UUID.class).list());
    }

    /** The stored cases of these source ids, by source id. */
    Map<String, StoredCase> bySourceIds(Collection<String> sourceIds) {
        Map<String, StoredCase> found = new HashMap<>();
        if (!sourceIds.isEmpty()) {
            jdbc.sql("select * from tracing_case where source_id = any(:sources::text[])")
                    .param("sources", sourceIds.toArray(String[]::new))
                    .query((row, i) -> stored(row)).list().forEach(c -> found.put(c.sourceId(), c));
        }
        return found;
    }

    Optional<StoredCase> byId(UUID caseId) {
        return jdbc.sql("select * from tracing_case where case_id = :id").param("id", caseId)
                .query((row, i) -> stored(row)).optional();
    }

    /**
     * The cases stored of these, their rows locked until the transaction ends (tracing and withdrawing
     * a case take turns), in the order of their ids: two tracers lock alike, never crosswise.
     */
    List<StoredCase> lock(Collection<UUID> caseIds) {
        return jdbc.sql("select * from tracing_case where case_id = any(:ids) order by case_id for update")
                .param("ids", caseIds.toArray(UUID[]::new)).query((row, i) -> stored(row)).list();
    }

    /**
     * Cases, not withdrawn, to trace once more, at most {@code limit}: traced before their last risk
     * could close (their confirmation plus {@code after}) when it closed {@code lag} ago; or traced a
     * day ago or more while readers may still upload their days ({@code lateness} after confirmation).
     */
    List<UUID> dueForFollowUp(java.time.Duration after, java.time.Duration lag, java.time.Duration lateness, Instant now,
            int limit) {
        return jdbc.sql("""
                        select case_id from tracing_case
                        where withdrawn_at is null and traced_at is not null
                          and ((traced_at < confirmed_at + make_interval(secs => :after)
                                and confirmed_at + make_interval(secs => :after) < :due)
                            or (traced_at < :dayAgo and confirmed_at > :lateFrom))
                        order by traced_at limit :limit""")
                .param("after", (double) after.toSeconds()).param("due", utc(now.minus(lag)))
                .param("dayAgo", utc(now.minus(java.time.Duration.ofDays(1))))
                .param("lateFrom", utc(now.minus(lateness).minus(java.time.Duration.ofDays(1))))
                .param("limit", limit)
                .query(UUID.class).list();
    }

    /** A case as its tracers see it in a day's list: its contacts counted, of those they see. */
    record CaseOfDay(UUID caseId, String provinceCode, Instant confirmedAt, Instant reportedAt, Instant tracedAt,
            Instant withdrawnAt, long f1, long f2) {
    }

    /**
     * The cases confirmed in {@code [from, to)}, by province (unknown last) and time: those of
     * people living in {@code provinces}, or with contacts there (null: every case); their
     * contacts counted among those living there.
     */
    List<CaseOfDay> confirmedBetween(Instant from, Instant to, List<String> provinces) {
        return jdbc.sql("""
                        select c.case_id, c.province_code, c.confirmed_at, c.reported_at, c.traced_at, c.withdrawn_at,
                               count(distinct a.person_key) filter (where a.level = 'F1') as f1,
                               count(distinct a.person_key) filter (where a.level = 'F2') as f2
                        from tracing_case c
                        left join lateral (
                            select a.alert_id, a.person_key, a.level
                            from tracing_case_alerts l cross join lateral unnest(l.alert_ids) as listed(alert_id)
                            join tracing_alert a on a.alert_id = listed.alert_id
                            where l.case_id = c.case_id
                              and (cast(:provinces as text[]) is null or a.province_code = any(cast(:provinces as text[])))
                        ) a on true
                        where c.confirmed_at >= :from and c.confirmed_at < :to
                        group by c.case_id
                        having cast(:provinces as text[]) is null or c.province_code = any(cast(:provinces as text[]))
                            or count(a.alert_id) > 0
                        order by c.province_code nulls last, c.confirmed_at, c.case_id""")
                .param("from", utc(from)).param("to", utc(to))
                .param("provinces", provinces == null ? null : provinces.toArray(String[]::new))
                .query((row, i) -> new CaseOfDay(row.getObject("case_id", UUID.class), row.getString("province_code"),
                        instant(row, "confirmed_at"), instant(row, "reported_at"), instant(row, "traced_at"),
                        instant(row, "withdrawn_at"),
                        row.getLong("f1"), row.getLong("f2")))
                .list();
    }

    void markTraced(Collection<UUID> caseIds, Instant at) {
        jdbc.sql("update tracing_case set traced_at = :at where case_id = any(:ids)").param("at", utc(at))
                .param("ids", caseIds.toArray(UUID[]::new)).update();
    }

    /** @return whether the case was withdrawn now (false: it was already) */
    boolean withdraw(UUID caseId, Instant at) {
        return jdbc.sql("update tracing_case set withdrawn_at = :at where case_id = :id and withdrawn_at is null")
                .param("at", utc(at)).param("id", caseId).update() == 1;
    }

    /**
     * Drops cases reported before {@code cutoff}, their lists of alerts and sites with them, and the
     * alerts no case left found, in one statement (no foreign key does it: V31; each part of it sees
     * the cases as they were before it).
     *
     * @return how many cases
     */
    int deleteReportedBefore(Instant cutoff) {
        return jdbc.sql("""
                        with dropped as (delete from tracing_case where reported_at < :cutoff returning case_id),
                             lists as (delete from tracing_case_alerts where case_id in (select case_id from dropped)
                                       returning alert_ids),
                             alerts as (delete from tracing_alert a
                                        where a.alert_id in (select unnest(alert_ids) from lists)
                                          and not exists (select 1 from tracing_case c where c.case_id = any(a.case_ids)
                                                          and c.case_id not in (select case_id from dropped))),
                             sites as (delete from tracing_site where case_id in (select case_id from dropped))
                        select count(*) from dropped""")
                .param("cutoff", utc(cutoff)).query(Integer.class).single();
    }

    private static StoredCase stored(ResultSet row) throws SQLException {
        return new StoredCase(row.getObject("case_id", UUID.class), row.getString("source_id"),
                row.getObject("reported_by", UUID.class), row.getBytes("person_key"), row.getBytes("person_sealed"),
                row.getString("province_code"), row.getString("commune_code"), instant(row, "sampled_at"),
                instant(row, "confirmed_at"), instant(row, "symptom_onset"),
                instant(row, "infectious_from"), instant(row, "reported_at"), instant(row, "traced_at"),
                instant(row, "withdrawn_at"));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
