package vn.qrqg.tracing;

import java.time.Instant;
import java.util.UUID;
import vn.qrqg.codec.personal.Qid;

/**
 * Tracing a case alerted someone: published with the alert, for the change feed that tells
 * their apps. The alert itself is read by its person's app with their holder token.
 *
 * @param qid the person alerted; null when the contact has no QID (no app holds them)
 */
public record AlertIssued(UUID alertId, UUID caseId, ExposureLevel level, Instant issuedAt, Qid qid) {
}
