package vn.qrqg.platform.idempotency;

import java.time.Duration;
import java.time.Instant;
import vn.qrqg.platform.housekeeping.Housekeeping;

/** Deletes the keys past {@code qrqg.idempotency.retention}, with their answers: every ten minutes, one instance at a time. */
final class IdempotencyHousekeeping extends Housekeeping {
    private static final Duration EVERY = Duration.ofMinutes(10);

    private final IdempotencyKeys keys;

    IdempotencyHousekeeping(IdempotencyKeys keys) {
        super("idempotency", EVERY);
        this.keys = keys;
    }

    /** @return how many keys were deleted */
    int deleteExpired(Instant now) {
        return keys.deleteExpired(now);
    }

    @Override
    protected int housekeep(Instant now) {
        return deleteExpired(now);
    }
}
