package vn.qrqg.sms.internal;

import java.time.Duration;
import java.time.Instant;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Deletes the reference outbox's messages past {@code qrqg.sms.outbox-retention} (they hold
 * phone numbers and codes): every ten minutes, in the background, one instance at a time (the delete
 * is idempotent), whether or not anything new is sent.
 */
final class OutboxHousekeeping extends Housekeeping {
    private static final Duration EVERY = Duration.ofMinutes(10);

    private final OutboxSmsGateway outbox;

    OutboxHousekeeping(OutboxSmsGateway outbox) {
        super("sms-outbox", EVERY, Duration.ZERO);
        this.outbox = outbox;
    }

    /** @return how many messages were deleted */
    int deleteExpired(Instant now) {
        return outbox.deleteExpired(now);
    }

    @Override
    protected int housekeep(Instant now) {
        return deleteExpired(now);
    }
}
