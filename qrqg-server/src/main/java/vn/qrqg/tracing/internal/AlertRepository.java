package vn.qrqg.tracing.internal;

import static vn.qrqg.tracing.internal.CaseRepository.instant;
import static vn.qrqg.tracing.internal.CaseRepository.utc;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.platform.database.CopyRows;
import vn.qrqg.tracing.ExposureLevel;
import vn.qrqg.tracing.ExposureReason;

/** {@code tracing_alert}: who tracing alerted, found by the HMAC of their name. */
@Repository
class AlertRepository {

    /**
     * An alert to write for a case: {@code personKey} is {@link TracingKeys#personKey},
     * {@code personSealed} {@link TracingKeys#sealContact}, {@code provinceCode} where they live (null: unknown).
     */
    record NewAlert(UUID caseId, byte[] personKey, byte[] personSealed, String provinceCode, ExposureLevel level,
            ExposureReason reason, String venueCode, String vehicleNumber, Instant from, Instant to, String qid) {

        Key key() {
            return new Key(caseId, HexFormat.of().formatHex(personKey), level, reason, venueCode, vehicleNumber, from);
        }
    }

    /** What tells a case's alerts apart: tracing a case again writes only those it has no alert with the same key for. */
    record Key(UUID caseId, String personKey, ExposureLevel level, ExposureReason reason, String venueCode,
            String vehicleNumber, Instant from) {
    }

    /** An alert as its person reads it, with its case's withdrawal. */
    record StoredAlert(UUID alertId, UUID caseId, ExposureLevel level, ExposureReason reason, String venueCode,
            String vehicleNumber, Instant from, Instant to, Instant issuedAt, Instant withdrawnAt) {
    }

    /** An alert written; {@code qid} its person's, null when the contact has none. */
    record Issued(UUID alertId, UUID caseId, ExposureLevel level, String qid) {
    }

    /** Rows in one statement at most: an outbreak's traced cases write hundreds of thousands. */
    private static final int ROWS_A_STATEMENT = 10_000;
    /** Time-ordered ids (UUID version 7): appended to the primary key's index rather than scattered through it. */
    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AlertRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** The keys of the alerts these cases gave before. */
    Set<Key> keysOfCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select case_id, person_key, level, reason, venue_code, vehicle_number, exposed_from
                        from tracing_alert where case_id = any(:cases)""")
                .param("cases", caseIds.toArray(UUID[]::new))
                .query((row, i) -> new Key(row.getObject("case_id", UUID.class),
                        HexFormat.of().formatHex(row.getBytes("person_key")), ExposureLevel.valueOf(row.getString("level")),
                        ExposureReason.valueOf(row.getString("reason")), row.getString("venue_code"),
                        row.getString("vehicle_number"), instant(row, "exposed_from")))
                .list());
    }

    /**
     * Writes these alerts, issued {@code at}, with COPY ({@link CopyRows}) in as few statements as
     * their number allows. The caller holds their cases' rows locked and leaves out what
     * {@link #keysOfCases} found: nothing else keeps a case's alerts apart (V31).
     */
    List<Issued> insert(List<NewAlert> alerts, Instant at) {
        List<Issued> issued = new ArrayList<>(alerts.size());
        for (int from = 0; from < alerts.size(); from += ROWS_A_STATEMENT) {
            CopyRows rows = new CopyRows("tracing_alert", List.of("alert_id", "case_id", "person_key", "person_sealed",
                    "province_code", "level", "reason", "venue_code", "vehicle_number", "exposed_from", "exposed_to",
                    "issued_at"));
            for (NewAlert alert : alerts.subList(from, Math.min(alerts.size(), from + ROWS_A_STATEMENT))) {
                UUID id = IDS.generate();
                rows.add(id).add(alert.caseId()).add(alert.personKey()).add(alert.personSealed())
                        .add(alert.provinceCode()).add(alert.level().name()).add(alert.reason().name())
                        .add(alert.venueCode()).add(alert.vehicleNumber()).add(alert.from()).add(alert.to()).add(at)
                        .endRow();
                issued.add(new Issued(id, alert.caseId(), alert.level(), alert.qid()));
            }
            rows.copyInto(jdbcTemplate);
        }
        return issued;
    }

    /** The alerts of whoever these keys name, newest first. */
    List<StoredAlert> ofPeople(Collection<byte[]> personKeys) {
        return jdbc.sql("""
                        select a.alert_id, a.case_id, a.level, a.reason, a.venue_code, a.vehicle_number, a.exposed_from,
                               a.exposed_to, a.issued_at, c.withdrawn_at
                        from tracing_alert a join tracing_case c using (case_id)
                        where a.person_key = any(:keys)
                        order by a.issued_at desc, a.exposed_from desc, a.alert_id""")
                .param("keys", personKeys.toArray(byte[][]::new))
                .query((row, i) -> new StoredAlert(row.getObject("alert_id", UUID.class),
                        row.getObject("case_id", UUID.class), ExposureLevel.valueOf(row.getString("level")),
                        ExposureReason.valueOf(row.getString("reason")), row.getString("venue_code"),
                        row.getString("vehicle_number"), instant(row, "exposed_from"), instant(row, "exposed_to"),
                        instant(row, "issued_at"), instant(row, "withdrawn_at")))
                .list();
    }

    /** One of a case's contacts, for its tracers: the person opens with {@link TracingKeys#openContact}. */
    record StoredContact(UUID alertId, ExposureLevel level, ExposureReason reason, String venueCode,
            String vehicleNumber, Instant from, Instant to, byte[] personSealed, String provinceCode) {
    }

    /** How many people a case made contacts of this level for this reason. */
    record Count(ExposureLevel level, ExposureReason reason, long people) {
    }

    /**
     * A case's contacts of {@code level} (null: both), living in {@code provinces} (null: anywhere),
     * F1 first, then by the start of their exposure: from {@code offset}, at most {@code limit}.
     */
    List<StoredContact> contactsOfCase(UUID caseId, ExposureLevel level, List<String> provinces, long offset, int limit) {
        return jdbc.sql("""
                        select alert_id, level, reason, venue_code, vehicle_number, exposed_from, exposed_to, person_sealed,
                               province_code
                        from tracing_alert
                        where case_id = :case and (cast(:level as text) is null or level = cast(:level as text))
                          and (cast(:provinces as text[]) is null or province_code = any(cast(:provinces as text[])))
                        order by level, exposed_from, alert_id
                        offset :offset limit :limit""")
                .param("case", caseId).param("level", level == null ? null : level.name())
                .param("provinces", provinces == null ? null : provinces.toArray(String[]::new))
                .param("offset", offset).param("limit", limit)
                .query((row, i) -> new StoredContact(row.getObject("alert_id", UUID.class),
                        ExposureLevel.valueOf(row.getString("level")), ExposureReason.valueOf(row.getString("reason")),
                        row.getString("venue_code"), row.getString("vehicle_number"), instant(row, "exposed_from"),
                        instant(row, "exposed_to"), row.getBytes("person_sealed"), row.getString("province_code")))
                .list();
    }

    /** How many {@link #contactsOfCase} there are in all. */
    long countContactsOfCase(UUID caseId, ExposureLevel level, List<String> provinces) {
        return jdbc.sql("""
                        select count(*) from tracing_alert
                        where case_id = :case and (cast(:level as text) is null or level = cast(:level as text))
                          and (cast(:provinces as text[]) is null or province_code = any(cast(:provinces as text[])))""")
                .param("case", caseId).param("level", level == null ? null : level.name())
                .param("provinces", provinces == null ? null : provinces.toArray(String[]::new))
                .query(Long.class).single();
    }

    /** The people a case made contacts of, by level and reason, of those living in {@code provinces} (null: anywhere). */
    List<Count> countsOfCase(UUID caseId, List<String> provinces) {
        return jdbc.sql("""
                        select level, reason, count(distinct person_key) as people from tracing_alert
                        where case_id = :case
                          and (cast(:provinces as text[]) is null or province_code = any(cast(:provinces as text[])))
                        group by level, reason order by level, reason""")
                .param("case", caseId).param("provinces", provinces == null ? null : provinces.toArray(String[]::new))
                .query((row, i) -> new Count(ExposureLevel.valueOf(row.getString("level")),
                        ExposureReason.valueOf(row.getString("reason")), row.getLong("people")))
                .list();
    }

    /** An alert of a case, its person as sealed ({@link TracingKeys#openContact}). */
    record OfCase(UUID alertId, byte[] personSealed) {
    }

    List<OfCase> ofCase(UUID caseId) {
        return ofCase(caseId, null);
    }

    /** A case's alerts issued at or after {@code issuedSince} (to the microsecond PostgreSQL keeps); all when {@code null}. */
    List<OfCase> ofCase(UUID caseId, Instant issuedSince) {
        var alerts = jdbc.sql("select alert_id, person_sealed from tracing_alert where case_id = :case"
                + (issuedSince == null ? "" : " and issued_at >= :since")).param("case", caseId);
        if (issuedSince != null) {
            alerts = alerts.param("since", utc(issuedSince.truncatedTo(ChronoUnit.MICROS)));
        }
        return alerts.query((rs, rowNum) -> new OfCase(rs.getObject("alert_id", UUID.class), rs.getBytes("person_sealed"))).list();
    }
}
