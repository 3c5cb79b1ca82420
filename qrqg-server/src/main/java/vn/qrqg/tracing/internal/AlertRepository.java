package vn.qrqg.tracing.internal;

import static vn.qrqg.tracing.internal.CaseRepository.instant;
import static vn.qrqg.tracing.internal.CaseRepository.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.tracing.ExposureLevel;
import vn.qrqg.tracing.ExposureReason;

/** {@code tracing_alert}: who tracing alerted, found by the HMAC of their name. */
@Repository
class AlertRepository {

    /** An alert to write: {@code personKey} is {@link TracingKeys#personKey}. */
    record NewAlert(byte[] personKey, ExposureLevel level, ExposureReason reason, String venueCode,
            String vehicleNumber, Instant from, Instant to) {
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

    /** Writes the alerts this case did not give before (tracing again adds only the new ones). */
    List<Issued> insertNew(UUID caseId, Collection<NewAlert> alerts, Instant at) {
        List<Issued> issued = new ArrayList<>();
        for (NewAlert alert : alerts) {
            UUID id = UUID.randomUUID();
            int stored = jdbc.sql("""
                            insert into tracing_alert (alert_id, case_id, person_key, level, reason, venue_code,
                                                       vehicle_number, exposed_from, exposed_to, issued_at)
                            values (:id, :case, :key, :level, :reason, :venue, :vehicle, :from, :to, :at)
                            on conflict do nothing""")
                    .param("id", id).param("case", caseId).param("key", alert.personKey())
                    .param("level", alert.level().name()).param("reason", alert.reason().name())
                    .param("venue", alert.venueCode()).param("vehicle", alert.vehicleNumber())
                    .param("from", utc(alert.from())).param("to", utc(alert.to())).param("at", utc(at))
                    .update();
            if (stored == 1) {
                issued.add(new Issued(id, alert.level()));
            }
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

    /** The ids of a case's alerts. */
    List<UUID> idsOfCase(UUID caseId) {
        return jdbc.sql("select alert_id from tracing_alert where case_id = :case").param("case", caseId)
                .query(UUID.class).list();
    }
}
