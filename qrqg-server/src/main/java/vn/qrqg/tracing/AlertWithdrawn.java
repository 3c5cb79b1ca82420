package vn.qrqg.tracing;

import java.time.Instant;
import java.util.UUID;
import vn.qrqg.codec.personal.Qid;

/**
 * An alert was withdrawn with its case: its person sees it marked withdrawn, and the change feed
 * tells their apps.
 *
 * @param qid the person alerted; null when the contact has no QID
 */
public record AlertWithdrawn(UUID alertId, UUID caseId, Instant withdrawnAt, Qid qid) {
}
