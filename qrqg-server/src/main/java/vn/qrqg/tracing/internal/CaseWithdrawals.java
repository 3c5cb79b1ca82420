package vn.qrqg.tracing.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.tracing.AlertWithdrawn;
import vn.qrqg.tracing.CaseNotFoundException;
import vn.qrqg.tracing.CaseWithdrawn;

/**
 * A case withdrawn by the app that reported it (a false positive): its alerts stay, marked
 * withdrawn, so that their people are told so, and it is traced no more; an alert that another
 * case traced with it found too stands while that case does. Withdrawing twice changes nothing.
 */
@Service
class CaseWithdrawals {
    private final CaseRepository cases;
    private final AlertRepository alerts;
    private final EventOutbox events;
    private final TracingKeys keys;

    CaseWithdrawals(CaseRepository cases, AlertRepository alerts, EventOutbox events, TracingKeys keys) {
        this.cases = cases;
        this.alerts = alerts;
        this.events = events;
        this.keys = keys;
    }

    /** @throws CaseNotFoundException when {@code app} reported no case {@code caseId} */
    @Transactional
    void withdraw(UUID caseId, UUID app) {
        CaseRepository.StoredCase stored = cases.byId(caseId).filter(c -> c.reportedBy().equals(app))
                .orElseThrow(CaseNotFoundException::new);
        Instant now = Instant.now();
        if (stored.withdrawnAt() == null && cases.withdraw(caseId, now)) {
            events.publish(new CaseWithdrawn(caseId, now));
            for (AlertRepository.OfCase alert : alerts.withdrawnWithCase(caseId)) {
                String qid = alert.personSealed() == null ? null
                        : keys.openContact(alert.sealedFor(), alert.personSealed()).qid();
                events.publish(new AlertWithdrawn(alert.alertId(), caseId, now, qid == null ? null : new Qid(qid)));
            }
            events.publish(new ExposuresChanged(List.of(caseId), null));
        }
    }
}
