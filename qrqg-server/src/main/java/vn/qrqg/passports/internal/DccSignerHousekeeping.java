package vn.qrqg.passports.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Every hour, one instance at a time: renews the document signer before certificates it signs could
 * outlive it ({@code renew-before}; the renewal takes the signers' lock, so one instance makes it),
 * and drops revocation entries of certificates that expired (they verify no more anyway).
 */
@Component
class DccSignerHousekeeping extends Housekeeping {
    private final PlatformDccSigners signers;
    private final DccRevocationRepository revocations;

    DccSignerHousekeeping(PlatformDccSigners signers, DccRevocationRepository revocations) {
        super("dcc-signers", Duration.ofHours(1), Duration.ofMinutes(1));
        this.signers = signers;
        this.revocations = revocations;
    }

    /** As at {@code now}: the renewal (1 when made) and the entries dropped. */
    int run(Instant now) {
        return (signers.renewIfDue(now) ? 1 : 0) + revocations.deleteExpired(now);
    }

    @Override
    protected int housekeep(Instant now) {
        return run(now);
    }
}
