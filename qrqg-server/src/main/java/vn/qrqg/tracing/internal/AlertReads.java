package vn.qrqg.tracing.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.holders.Holder;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.tracing.ExposureAlert;
import vn.qrqg.tracing.ExposureLevel;
import vn.qrqg.tracing.HolderAlerts;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * {@link HolderAlerts}'s work: the alerts of the holder under both names check-ins may know them
 * by (their QID, and their registry document number from before they held one), each with its
 * venue's public facts and what to do.
 */
@Service
public class AlertReads {
    static final String PURPOSE = "GET /api/v1/citizens/{qid}/alerts";
    private static final ExposureAlert.Advice F1 = new ExposureAlert.Advice(
            "Bạn đã ở gần một ca nhiễm COVID-19 (F1). Hãy tự cách ly tại nhà, liên hệ ngay trạm y tế xã, phường nơi "
                    + "bạn ở và làm xét nghiệm theo hướng dẫn; đeo khẩu trang và tránh tiếp xúc với người khác.",
            "You were near a confirmed COVID-19 case (F1). Stay at home, contact your commune health station now and "
                    + "get tested as they advise; wear a mask and avoid contact with others.");
    private static final ExposureAlert.Advice F2 = new ExposureAlert.Advice(
            "Bạn đã ở gần một người tiếp xúc với ca nhiễm (F2). Hãy theo dõi sức khỏe, đeo khẩu trang, hạn chế tiếp xúc "
                    + "và liên hệ trạm y tế nếu có triệu chứng sốt, ho, khó thở.",
            "You were near a contact of a confirmed case (F2). Watch your health, wear a mask, limit contact with "
                    + "others, and call your health station if you have a fever, a cough or difficulty breathing.");

    private final AlertRepository alerts;
    private final TracingKeys keys;
    private final IssuedQrs issuedQrs;
    private final Venues venues;
    private final AuditTrail audit;

    AlertReads(AlertRepository alerts, TracingKeys keys, IssuedQrs issuedQrs, Venues venues, AuditTrail audit) {
        this.alerts = alerts;
        this.keys = keys;
        this.issuedQrs = issuedQrs;
        this.venues = venues;
        this.audit = audit;
    }

    /** The holder's alerts, newest first; audited before they are answered. */
    public ExposureAlert.Page of(Holder holder) {
        List<byte[]> names = new ArrayList<>();
        names.add(keys.personKey(holder.qid().value()));
        issuedQrs.documentNumberOf(holder.qid()).ifPresent(number -> names.add(keys.personKey(number)));
        // one exposure shows once: under both of the person's names, or from two cases of one person
        // (reported, and made from their positive test), the one still standing if either is
        Map<List<Object>, ExposureAlert> shown = new LinkedHashMap<>();
        Map<String, Optional<Venue>> places = new HashMap<>();
        for (AlertRepository.StoredAlert alert : alerts.ofPeople(names)) {
            ExposureAlert.Place place = alert.venueCode() == null ? null : places
                    .computeIfAbsent(alert.venueCode(), code -> venues.find(new VenueCode(code)))
                    .map(venue -> new ExposureAlert.Place(venue.code().value(), venue.name(), venue.communeCode()))
                    .orElse(new ExposureAlert.Place(alert.venueCode(), null, null));
            shown.merge(List.of(alert.level(), alert.reason(), String.valueOf(alert.venueCode()),
                    String.valueOf(alert.vehicleNumber()), alert.from(), alert.to()), new ExposureAlert(alert.alertId(), alert.level(), alert.reason(), place,
                    alert.vehicleNumber(), local(alert.from()), local(alert.to()),
                    alert.level() == ExposureLevel.F1 ? F1 : F2, local(alert.issuedAt()), alert.withdrawnAt() != null),
                    (first, second) -> first.withdrawn() && !second.withdrawn() ? second : first);
        }
        audit.record(AuditEntry.of(holder.app(), null, PURPOSE, holder.qid(), null, List.of("alerts"), "READ"));
        return new ExposureAlert.Page(List.copyOf(shown.values()));
    }

    private static OffsetDateTime local(java.time.Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, VietnamTime.ZONE);
    }
}
