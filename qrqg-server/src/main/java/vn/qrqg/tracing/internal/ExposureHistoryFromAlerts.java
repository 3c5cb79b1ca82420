package vn.qrqg.tracing.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.ExposureHistory;
import vn.qrqg.issuance.citizens.IssuedQrs;

/**
 * Health's {@link ExposureHistory}, for the COVID card's {@code EXPOSED} condition, from the
 * person's alerts under both names check-ins may know them by (as {@link AlertReads} reads them):
 * withdrawn alerts left out, one exposure found under both names or from two cases of
 * one person given once. Only the level and the times leave tracing: no venue, vehicle or case.
 */
@Component
class ExposureHistoryFromAlerts implements ExposureHistory {
    private final AlertRepository alerts;
    private final TracingKeys keys;
    private final IssuedQrs issuedQrs;

    ExposureHistoryFromAlerts(AlertRepository alerts, TracingKeys keys, IssuedQrs issuedQrs) {
        this.alerts = alerts;
        this.keys = keys;
        this.issuedQrs = issuedQrs;
    }

    @Override
    public List<Exposure> of(String documentNumber, Qid qid) {
        List<byte[]> names = new ArrayList<>(2);
        names.add(keys.personKey(documentNumber));
        Qid holds = qid != null ? qid : qidOf(documentNumber);
        if (holds != null) {
            names.add(keys.personKey(holds.value()));
        }
        return alerts.ofPeople(names).stream()
                .filter(alert -> alert.withdrawnAt() == null)
                .map(alert -> new Exposure(Level.valueOf(alert.level().name()), alert.from(), alert.to()))
                .distinct()
                .toList();
    }

    /** One QID per document number (issuance_citizen); {@code null} when none was issued. */
    private Qid qidOf(String documentNumber) {
        IssuedQrs.Holder holder = issuedQrs.findHoldersByDocumentNumbers(List.of(documentNumber)).get(documentNumber);
        return holder == null ? null : holder.qid();
    }
}
