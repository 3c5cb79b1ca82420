package vn.qrqg.passports.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.qrqg.passports.PassportsProperties;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Drops what passports no longer need: a rejected request {@code rejected-retention} (30 days) after
 * its rejection, an issued or revoked passport {@code expired-retention} (30 days) after its validity
 * ended (its revocation stays on the published list, the lead's {@code DccRevocations}). Open requests
 * wait for their decision. Hourly, one instance at a time (the statement is idempotent).
 */
@Component
class PassportHousekeeping extends Housekeeping {
    private static final Duration EVERY = Duration.ofHours(1);

    private final PassportRepository repository;
    private final PassportsProperties properties;

    PassportHousekeeping(PassportRepository repository, PassportsProperties properties) {
        super("passports", EVERY);
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    protected int housekeep(Instant now) {
        return repository.deleteExpired(now.minus(properties.rejectedRetention()), now.minus(properties.expiredRetention()));
    }
}
