package vn.qrqg.feedback;

import java.time.Instant;
import java.util.UUID;
import vn.qrqg.codec.personal.Qid;

/**
 * An official answered a report: published with the answer, for the person's apps (the SMS and
 * the change feed).
 *
 * @param qid the person who reported it
 */
public record FeedbackAnswered(UUID reportId, String trackingNumber, Instant answeredAt, Qid qid) {
}
