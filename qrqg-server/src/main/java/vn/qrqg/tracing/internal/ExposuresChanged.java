package vn.qrqg.tracing.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Alerts of these cases were issued or withdrawn, in one transaction: the alerted people's cards
 * may change ({@link CardsOfAlertedPeople}). One event per trace or withdrawal, not per alert, so
 * that an outbreak's hundreds of thousands of alerts cost one publication.
 *
 * @param issuedSince the alerts issued at or after this instant (a trace's), or {@code null} for
 *        every alert of the cases (a withdrawal)
 */
record ExposuresChanged(List<UUID> caseIds, Instant issuedSince) {
    ExposuresChanged {
        caseIds = List.copyOf(caseIds);
    }
}
