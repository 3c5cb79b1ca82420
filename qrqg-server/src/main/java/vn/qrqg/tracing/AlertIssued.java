package vn.qrqg.tracing;

import java.time.Instant;
import java.util.UUID;

/**
 * Tracing a case alerted someone: published with the alert, for the change feed that tells
 * their apps. Names no person: an alert is read by its person's app with their holder token.
 */
public record AlertIssued(UUID alertId, UUID caseId, ExposureLevel level, Instant issuedAt) {
}
