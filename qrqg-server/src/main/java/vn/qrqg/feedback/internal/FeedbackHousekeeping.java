package vn.qrqg.feedback.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.qrqg.feedback.FeedbackProperties;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Closes reports answered longer ago than {@code close-answered-after}, and drops reports closed
 * longer ago than the retention, with their photos: nothing of a report outlives it. Every hour,
 * one instance at a time (both statements are idempotent).
 */
@Component
class FeedbackHousekeeping extends Housekeeping {
    private static final Duration EVERY = Duration.ofHours(1);

    private final FeedbackRepository repository;
    private final Duration closeAnsweredAfter;
    private final Duration retention;

    FeedbackHousekeeping(FeedbackRepository repository, FeedbackProperties properties) {
        super("feedback-retention", EVERY);
        this.repository = repository;
        this.closeAnsweredAfter = properties.closeAnsweredAfter();
        this.retention = properties.retention();
    }

    @Override
    protected int housekeep(Instant now) {
        repository.closeAnsweredBefore(now.minus(closeAnsweredAfter), now);
        return repository.deleteClosedBefore(now.minus(retention));
    }
}
