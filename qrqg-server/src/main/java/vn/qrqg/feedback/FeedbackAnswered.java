package vn.qrqg.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * An official answered a report: published with the answer, for the person's apps (the SMS now,
 * the change feed later). Names no person: whoever tells them finds the person by the report.
 */
public record FeedbackAnswered(UUID reportId, String trackingNumber, Instant answeredAt) {
}
