package vn.qrqg.issuance.citizens;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.qrqg.issuance.IssuanceProperties;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Deletes what the proof of the person keeps once it means nothing: counted attempts past the
 * limits' window, challenges past a day. Every minute, in the background, one instance at a time (the
 * deletes are idempotent), whether or not anything new is written.
 */
@Component
class ProofHousekeeping extends Housekeeping {
    static final Duration CHALLENGES_KEPT_FOR = Duration.ofDays(1);
    private static final Duration EVERY = Duration.ofMinutes(1);

    private final AttemptLimits attempts;
    private final Challenges challenges;
    private final Duration window;

    ProofHousekeeping(AttemptLimits attempts, Challenges challenges, IssuanceProperties properties) {
        super("issuance-proof", EVERY);
        this.attempts = attempts;
        this.challenges = challenges;
        this.window = properties.proof().window();
    }

    /** @return how many attempts and challenges were deleted */
    int deleteExpired(Instant now) {
        return attempts.deleteBefore(now.minus(window)) + challenges.deleteBefore(now.minus(CHALLENGES_KEPT_FOR));
    }

    @Override
    protected int housekeep(Instant now) {
        return deleteExpired(now);
    }
}
