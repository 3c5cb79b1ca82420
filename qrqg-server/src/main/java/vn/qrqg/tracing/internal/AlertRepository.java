package vn.qrqg.tracing.internal;

import static vn.qrqg.tracing.internal.CaseRepository.instant;
import static vn.qrqg.tracing.internal.CaseRepository.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.tracing.ExposureLevel;
import vn.qrqg.tracing.ExposureReason;

/** {@code tracing_alert}: who tracing alerted, found by the HMAC of their name. */
@Repository
class AlertRepository {

    /**
     * An alert to write: {@code personKey} is {@link TracingKeys#personKey}, {@code personSealed}
     * {@link TracingKeys#sealContact}, {@code provinceCode} where they live (null: unknown).
     */
    record NewAlert(byte[] personKey, byte[] personSealed, String provinceCode, ExposureLevel level,
            ExposureReason reason, String venueCode, String vehicleNumber, Instant from, Instant to) {
    }

    /** An alert as its person reads it, with its case's withdrawal. */
    record StoredAlert(UUID alertId, UUID caseId, ExposureLevel level, ExposureReason reason, String venueCode,
            String vehicleNumber, Instant from, Instant to, Instant issuedAt, Instant withdrawnAt) {
    }

    /** A newly written alert. */
    record Issued(UUID alertId, ExposureLevel level) {
    }

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the alerts this case did not give before (tracing again adds only the new ones), in one
     * statement however many: an outbreak's case at a busy venue alerts hundreds.
     */
    List<Issued> insertNew(UUID caseId, List<NewAlert> alerts, Instant at) {
        if (alerts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        insert into tracing_alert (alert_id, case_id, person_key, person_sealed, province_code, level, reason,
                                                   venue_code, vehicle_number, exposed_from, exposed_to, issued_at)
                        select gen_random_uuid(), :case, decode(a.person_key, 'hex'), decode(a.person_sealed, 'hex'),
                               a.province_code, a.level, a.reason, a.venue_code, a.vehicle_number, a.exposed_from,
                               a.exposed_to, :at
                        from unnest(:keys::text[], :sealed::text[], :provinces::text[], :levels::text[], :reasons::text[],
                                    :venues::text[], :vehicles::text[], :froms::timestamptz[], :tos::timestamptz[])
                            as a(person_key, person_sealed, province_code, level, reason, venue_code, vehicle_number,
                                 exposed_from, exposed_to)
                        on conflict do nothing
                        returning alert_id, level""")
                .param("case", caseId).param("at", utc(at))
                .param("keys", alerts.stream().map(alert -> HexFormat.of().formatHex(alert.personKey())).toArray(String[]::new))
                .param("sealed", alerts.stream().map(alert -> HexFormat.of().formatHex(alert.personSealed())).toArray(String[]::new))
                .param("provinces", alerts.stream().map(NewAlert::provinceCode).toArray(String[]::new))
                .param("levels", alerts.stream().map(alert -> alert.level().name()).toArray(String[]::new))
                .param("reasons", alerts.stream().map(alert -> alert.reason().name()).toArray(String[]::new))
                .param("venues", alerts.stream().map(NewAlert::venueCode).toArray(String[]::new))
                .param("vehicles", alerts.stream().map(NewAlert::vehicleNumber).toArray(String[]::new))
                .param("froms", alerts.stream().map(alert -> alert.from().toString()).toArray(String[]::new))
                .param("tos", alerts.stream().map(alert -> alert.to().toString()).toArray(String[]::new))
                .query((row, i) -> new Issued(row.getObject("alert_id", UUID.class),
                        ExposureLevel.valueOf(row.getString("level"))))
                .list();
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

    /** The ids of a case's alerts. */
    List<UUID> idsOfCase(UUID caseId) {
        return jdbc.sql("select alert_id from tracing_alert where case_id = :case").param("case", caseId)
                .query(UUID.class).list();
    }
}
