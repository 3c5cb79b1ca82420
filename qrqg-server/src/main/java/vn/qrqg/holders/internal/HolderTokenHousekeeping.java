package vn.qrqg.holders.internal;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.qrqg.holders.HoldersProperties;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Holder tokens kept only while they are used (Regulation 733: each row names a person, by QID,
 * and the app that acted for them). A token no app presented for the idle lifetime
 * ({@code qrqg.holders.idle-token-lifetime}, 180 days) is revoked: its person left the app, which
 * asks them to prove themselves again if they come back. A token revoked more than
 * {@link #KEPT_FOR} ago is deleted: a revoked token is refused like an unknown one, so nothing
 * changes for a caller; the month lets an operator see what was revoked. Every ten minutes, in the
 * background, one instance at a time (both statements are idempotent).
 */
@Component
class HolderTokenHousekeeping extends Housekeeping {
    static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(HolderTokenHousekeeping.class);

    private final HolderTokenRepository tokens;
    private final Duration idleLifetime;

    HolderTokenHousekeeping(HolderTokenRepository tokens, HoldersProperties properties) {
        super("holder-tokens", EVERY);
        this.tokens = tokens;
        this.idleLifetime = properties.idleTokenLifetime();
    }

    /** Revokes the idle tokens, then deletes those revoked long ago, as at {@code now}; how many in all. */
    int run(Instant now) {
        int revoked = tokens.revokeUnusedSince(now.minus(idleLifetime));
        int deleted = tokens.deleteRevokedBefore(now.minus(KEPT_FOR));
        if (revoked + deleted > 0) {
            LOG.info("Holder tokens: {} unused for {} revoked, {} revoked before {} deleted", revoked, idleLifetime,
                    deleted, KEPT_FOR);
        }
        return revoked + deleted;
    }

    @Override
    protected int housekeep(Instant now) {
        return run(now);
    }
}
