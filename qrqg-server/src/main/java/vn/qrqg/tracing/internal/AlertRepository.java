package vn.qrqg.tracing.internal;

import static vn.qrqg.tracing.internal.CaseRepository.instant;
import static vn.qrqg.tracing.internal.CaseRepository.utc;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.platform.database.CopyRows;
import vn.qrqg.tracing.ExposureLevel;
import vn.qrqg.tracing.ExposureReason;

/**
 * {@code tracing_alert}: who tracing alerted, found by the HMAC of their name, one alert for an
 * exposure however many of the cases traced together found it; and {@code tracing_case_alerts}:
 * each case's alerts, a row per trace (V47).
 */
@Repository
class AlertRepository {

    /**
     * What a person was alerted of: {@code personKey} the hex of {@link TracingKeys#personKey}, the
     * level and reason, the venue's code or the vehicle's number as they declared it, the times.
     */
    record Exposure(String personKey, ExposureLevel level, ExposureReason reason, String venueCode,
            String vehicleNumber, Instant from, Instant to) {
    }

    /**
     * An exposure to alert, found by {@code caseIds} (at least one), its person
     * ({@link TracingKeys#personKey}) sealed for the first ({@link TracingKeys#sealContact});
     * {@code provinceCode} where they live (null: unknown), {@code qid} theirs (null: none).
     */
    record NewAlert(Exposure exposure, List<UUID> caseIds, byte[] personKey, byte[] personSealed, String provinceCode,
            String qid) {
    }

    /** What tells a case's alerts apart: tracing a case again lists only those it has no alert with the same key for. */
    record Key(UUID caseId, String personKey, ExposureLevel level, ExposureReason reason, String venueCode,
            String vehicleNumber, Instant from) {
    }

    /** An alert as its person reads it; {@code withdrawnAt} when every case that found it was withdrawn, the last one's. */
    record StoredAlert(UUID alertId, ExposureLevel level, ExposureReason reason, String venueCode,
            String vehicleNumber, Instant from, Instant to, Instant issuedAt, Instant withdrawnAt) {
    }

    /** An alert written, for the first of its cases; {@code qid} its person's, null when the contact has none. */
    record Issued(UUID alertId, UUID caseId, ExposureLevel level, String qid) {
    }

    /** Rows in one statement at most: an outbreak's traced cases write hundreds of thousands. */
    private static final int ROWS_A_STATEMENT = 10_000;
    /** Time-ordered ids (UUID version 7): appended to the primary key's index rather than scattered through it. */
    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();
    /** A case's alerts: {@code tracing_alert} as {@code a}, the case that lists it as {@code l.case_id}. */
    private static final String OF_CASES = """
            tracing_case_alerts l cross join lateral unnest(l.alert_ids) as listed(alert_id)
            join tracing_alert a on a.alert_id = listed.alert_id""";
    /** A case's ({@code :case}) alerts of a level ({@code :level}, null: both), of people living in {@code :provinces} (null: anywhere). */
    private static final String CONTACTS_WHERE = " where l.case_id = :case"
            + " and (cast(:level as text) is null or a.level = cast(:level as text))"
            + " and (cast(:provinces as text[]) is null or a.province_code = any(cast(:provinces as text[])))";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AlertRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** The keys of the alerts these cases listed before. */
    Set<Key> keysOfCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select l.case_id, a.person_key, a.level, a.reason, a.venue_code, a.vehicle_number,"
                        + " a.exposed_from from " + OF_CASES + " where l.case_id = any(:cases)")
                .param("cases", caseIds.toArray(UUID[]::new))
                .query((row, i) -> new Key(row.getObject("case_id", UUID.class),
                        HexFormat.of().formatHex(row.getBytes("person_key")), ExposureLevel.valueOf(row.getString("level")),
                        ExposureReason.valueOf(row.getString("reason")), row.getString("venue_code"),
                        row.getString("vehicle_number"), instant(row, "exposed_from")))
                .list());
    }

    /**
     * Writes these alerts, issued {@code at}, and lists each in every case of its own, with COPY
     * ({@link CopyRows}) in as few statements as their number allows. The caller holds their cases'
     * rows locked and leaves out what {@link #keysOfCases} found: nothing else keeps a case's
     * alerts apart (V31).
     */
    List<Issued> insert(List<NewAlert> alerts, Instant at) {
        List<Issued> issued = new ArrayList<>(alerts.size());
        Map<UUID, List<UUID>> listed = new LinkedHashMap<>();
        for (int from = 0; from < alerts.size(); from += ROWS_A_STATEMENT) {
            CopyRows rows = new CopyRows("tracing_alert", List.of("alert_id", "case_ids", "person_key", "person_sealed",
                    "province_code", "level", "reason", "venue_code", "vehicle_number", "exposed_from", "exposed_to",
                    "issued_at"));
            for (NewAlert alert : alerts.subList(from, Math.min(alerts.size(), from + ROWS_A_STATEMENT))) {
                UUID id = IDS.generate();
                Exposure exposure = alert.exposure();
                rows.add(id).add(alert.caseIds()).add(alert.personKey()).add(alert.personSealed())
                        .add(alert.provinceCode()).add(exposure.level().name()).add(exposure.reason().name())
                        .add(exposure.venueCode()).add(exposure.vehicleNumber()).add(exposure.from()).add(exposure.to())
                        .add(at).endRow();
                alert.caseIds().forEach(caseId -> listed.computeIfAbsent(caseId, c -> new ArrayList<>()).add(id));
                issued.add(new Issued(id, alert.caseIds().getFirst(), exposure.level(), alert.qid()));
            }
            rows.copyInto(jdbcTemplate);
        }
        CopyRows lists = new CopyRows("tracing_case_alerts", List.of("case_id", "alert_ids"));
        listed.forEach((caseId, ids) -> lists.add(caseId).add(ids).endRow());
        lists.copyInto(jdbcTemplate);
        return issued;
    }

    /** The alerts of whoever these keys name, newest first. */
    List<StoredAlert> ofPeople(Collection<byte[]> personKeys) {
        return jdbc.sql("""
                        select a.alert_id, a.level, a.reason, a.venue_code, a.vehicle_number, a.exposed_from,
                               a.exposed_to, a.issued_at, w.withdrawn_at
                        from tracing_alert a cross join lateral (
                            select case when bool_and(c.withdrawn_at is not null) then max(c.withdrawn_at) end as withdrawn_at
                            from tracing_case c where c.case_id = any(a.case_ids)) w
                        where a.person_key = any(:keys)
                        order by a.issued_at desc, a.exposed_from desc, a.alert_id""")
                .param("keys", personKeys.toArray(byte[][]::new))
                .query((row, i) -> new StoredAlert(row.getObject("alert_id", UUID.class),
                        ExposureLevel.valueOf(row.getString("level")), ExposureReason.valueOf(row.getString("reason")),
                        row.getString("venue_code"), row.getString("vehicle_number"), instant(row, "exposed_from"),
                        instant(row, "exposed_to"), instant(row, "issued_at"), instant(row, "withdrawn_at")))
                .list();
    }

    /**
     * One of a case's contacts, for its tracers: the person opens with {@link TracingKeys#openContact}
     * for {@code sealedFor}, the first case that found them there.
     */
    record StoredContact(UUID alertId, ExposureLevel level, ExposureReason reason, String venueCode,
            String vehicleNumber, Instant from, Instant to, UUID sealedFor, byte[] personSealed, String provinceCode) {
    }

    /** How many people a case made contacts of this level for this reason. */
    record Count(ExposureLevel level, ExposureReason reason, long people) {
    }

    /**
     * A case's contacts of {@code level} (null: both), living in {@code provinces} (null: anywhere),
     * F1 first, then by the start of their exposure: from {@code offset}, at most {@code limit}.
     */
    List<StoredContact> contactsOfCase(UUID caseId, ExposureLevel level, List<String> provinces, long offset, int limit) {
        return jdbc.sql("select a.alert_id, a.level, a.reason, a.venue_code, a.vehicle_number, a.exposed_from,"
                        + " a.exposed_to, a.case_ids[1] as sealed_for, a.person_sealed, a.province_code from " + OF_CASES
                        + CONTACTS_WHERE + " order by a.level, a.exposed_from, a.alert_id offset :offset limit :limit")
                .param("case", caseId).param("level", level == null ? null : level.name())
                .param("provinces", provinces == null ? null : provinces.toArray(String[]::new))
                .param("offset", offset).param("limit", limit)
                .query((row, i) -> new StoredContact(row.getObject("alert_id", UUID.class),
                        ExposureLevel.valueOf(row.getString("level")), ExposureReason.valueOf(row.getString("reason")),
                        row.getString("venue_code"), row.getString("vehicle_number"), instant(row, "exposed_from"),
                        instant(row, "exposed_to"), row.getObject("sealed_for", UUID.class), row.getBytes("person_sealed"),
                        row.getString("province_code")))
                .list();
    }

    /** How many {@link #contactsOfCase} there are in all. */
    long countContactsOfCase(UUID caseId, ExposureLevel level, List<String> provinces) {
        return jdbc.sql("select count(*) from " + OF_CASES + CONTACTS_WHERE)
                .param("case", caseId).param("level", level == null ? null : level.name())
                .param("provinces", provinces == null ? null : provinces.toArray(String[]::new))
                .query(Long.class).single();
    }

    /** The people a case made contacts of, by level and reason, of those living in {@code provinces} (null: anywhere). */
    List<Count> countsOfCase(UUID caseId, List<String> provinces) {
        return jdbc.sql("select a.level, a.reason, count(distinct a.person_key) as people from " + OF_CASES
                        + " where l.case_id = :case"
                        + " and (cast(:provinces as text[]) is null or a.province_code = any(cast(:provinces as text[])))"
                        + " group by a.level, a.reason order by a.level, a.reason")
                .param("case", caseId).param("provinces", provinces == null ? null : provinces.toArray(String[]::new))
                .query((row, i) -> new Count(ExposureLevel.valueOf(row.getString("level")),
                        ExposureReason.valueOf(row.getString("reason")), row.getLong("people")))
                .list();
    }

    /** An alert, its person as sealed for {@code sealedFor} ({@link TracingKeys#openContact}). */
    record OfCase(UUID alertId, UUID sealedFor, byte[] personSealed) {
    }

    /** A case's alerts issued at or after {@code issuedSince} (to the microsecond PostgreSQL keeps); all when {@code null}. */
    List<OfCase> ofCase(UUID caseId, Instant issuedSince) {
        var alerts = jdbc.sql("select a.alert_id, a.case_ids[1] as sealed_for, a.person_sealed from " + OF_CASES
                + " where l.case_id = :case"
                + (issuedSince == null ? "" : " and a.issued_at >= :since")).param("case", caseId);
        if (issuedSince != null) {
            alerts = alerts.param("since", utc(issuedSince.truncatedTo(ChronoUnit.MICROS)));
        }
        return alerts.query((row, i) -> ofCase(row)).list();
    }

    /**
     * The alerts of the case, withdrawn in this transaction, that no other case that found them
     * still stands for: withdrawn now with it.
     */
    List<OfCase> withdrawnWithCase(UUID caseId) {
        return jdbc.sql("select a.alert_id, a.case_ids[1] as sealed_for, a.person_sealed from " + OF_CASES
                        + " where l.case_id = :case and not exists (select 1 from tracing_case c"
                        + " where c.case_id = any(a.case_ids) and c.withdrawn_at is null)")
                .param("case", caseId).query((row, i) -> ofCase(row)).list();
    }

    private static OfCase ofCase(ResultSet row) throws SQLException {
        return new OfCase(row.getObject("alert_id", UUID.class), row.getObject("sealed_for", UUID.class),
                row.getBytes("person_sealed"));
    }
}
