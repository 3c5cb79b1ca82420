package vn.qrqg.feed.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.qrqg.feed.FeedType;
import vn.qrqg.feedback.FeedbackAnswered;
import vn.qrqg.health.CardChanged;
import vn.qrqg.health.HealthRecordsChanged;
import vn.qrqg.holders.HolderTokenRevoked;
import vn.qrqg.issuance.QrIssued;
import vn.qrqg.issuance.QrRevoked;
import vn.qrqg.issuance.citizens.CitizenQrReads;
import vn.qrqg.risk.RiskLevelChanged;
import vn.qrqg.tracing.AlertIssued;
import vn.qrqg.tracing.AlertWithdrawn;

/**
 * Writes each change the feed reports as pending, in the transaction that makes it: a plain,
 * synchronous listener, so that the change and its pending row commit together or not at all,
 * and no outbox row is written for it. The changes of one transaction are written in one
 * statement before it commits (an outbreak's tracing issues hundreds of thousands of alerts at
 * once); after the commit the sequencer is woken.
 */
@Component
class FeedRecorder {
    private static final Object BUFFER = FeedRecorder.class.getName() + ".pending";

    private final FeedRepository repository;
    private final FeedSignal signal;
    private final CitizenQrReads qrs;

    FeedRecorder(FeedRepository repository, FeedSignal signal, CitizenQrReads qrs) {
        this.repository = repository;
        this.signal = signal;
        this.qrs = qrs;
    }

    /** A new version of a person's QR (the first one tells no app anything: none holds them yet). */
    @EventListener
    void on(QrIssued issued) {
        if (issued.version() > 1) {
            qrs.newestForms(issued.qid()).ifPresent(forms -> record(FeedType.QR_REISSUED, issued.qid().value(), null,
                    null, issued.at(), data("version", issued.version(), "forms", forms)));
        }
    }

    /** The person's QR of that version was revoked; the next version's QR_REISSUED follows. */
    @EventListener
    void on(QrRevoked revoked) {
        record(FeedType.QR_REVOKED, revoked.qid().value(), null, null, revoked.at(),
                data("version", revoked.version(), "reason", revoked.reason()));
    }

    @EventListener
    void on(HealthRecordsChanged changed) {
        record(FeedType.HEALTH_RECORDS_CHANGED, changed.qid().value(), null, null, changed.at(),
                data("kinds", changed.kinds().stream().sorted().toList()));
    }

    @EventListener
    void on(CardChanged changed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("colour", changed.colour());
        data.put("previousColour", changed.previousColour());
        data.put("validUntil", changed.validUntil() == null ? null : changed.validUntil().toString());
        record(FeedType.CARD_CHANGED, changed.qid().value(), null, null, changed.at(), data);
    }

    @EventListener
    void on(AlertIssued alert) {
        if (alert.qid() != null) {
            record(FeedType.ALERT_ISSUED, alert.qid().value(), null, null, alert.issuedAt(),
                    data("alertId", alert.alertId(), "level", alert.level().name()));
        }
    }

    @EventListener
    void on(AlertWithdrawn alert) {
        if (alert.qid() != null) {
            record(FeedType.ALERT_WITHDRAWN, alert.qid().value(), null, null, alert.withdrawnAt(),
                    data("alertId", alert.alertId()));
        }
    }

    @EventListener
    void on(FeedbackAnswered answered) {
        record(FeedType.FEEDBACK_ANSWERED, answered.qid().value(), null, null, answered.answeredAt(),
                data("trackingNumber", answered.trackingNumber()));
    }

    /** For the app that held the token only, which no longer holds the person. */
    @EventListener
    void on(HolderTokenRevoked revoked) {
        record(FeedType.HOLDER_REVOKED, revoked.qid().value(), null, revoked.appId(), revoked.at(),
                data("holderId", revoked.holderId()));
    }

    @EventListener
    void on(RiskLevelChanged changed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", changed.code());
        data.put("level", changed.level());
        data.put("previous", changed.previous());
        data.put("date", changed.date().toString());
        record(FeedType.RISK_LEVEL_CHANGED, null, changed.code(), null, changed.at(), data);
    }

    /** Pending in the current transaction, written just before it commits; at once without one. */
    void record(FeedType type, String qid, String areaCode, UUID appId, Instant at, Map<String, Object> data) {
        FeedRepository.Pending pending = new FeedRepository.Pending(UUID.randomUUID(), type, qid, areaCode, appId, at, data);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            repository.insertPending(List.of(pending));
            signal.pendingWritten();
            return;
        }
        @SuppressWarnings("unchecked")
        List<FeedRepository.Pending> buffer = (List<FeedRepository.Pending>) TransactionSynchronizationManager.getResource(BUFFER);
        if (buffer == null) {
            List<FeedRepository.Pending> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(BUFFER, fresh);
            TransactionSynchronizationManager.registerSynchronization(new Flush(fresh));
            buffer = fresh;
        }
        buffer.add(pending);
    }

    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    /** Writes a transaction's pending changes before it commits; wakes the sequencer after. */
    private final class Flush implements TransactionSynchronization {
        private final List<FeedRepository.Pending> buffer;

        Flush(List<FeedRepository.Pending> buffer) {
            this.buffer = buffer;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            repository.insertPending(buffer);
            buffer.clear();
        }

        @Override
        public void afterCommit() {
            signal.pendingWritten();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BUFFER);
        }
    }
}
