package vn.qrqg.feed.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.qrqg.feed.FeedProperties;
import vn.qrqg.platform.housekeeping.Housekeeping;

/** Drops the feeds' items past the retention (Regulation 733: a month), every hour. */
@Component
class FeedHousekeeping extends Housekeeping {
    private final FeedRepository repository;
    private final FeedProperties properties;

    FeedHousekeeping(FeedRepository repository, FeedProperties properties) {
        super("feed", Duration.ofHours(1), Duration.ofMinutes(5));
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    protected int housekeep(Instant now) {
        return deleteExpired(now);
    }

    /** @return how many items written before {@code now} less the retention were deleted */
    int deleteExpired(Instant now) {
        return repository.deleteWrittenBefore(now.minus(properties.retention()));
    }
}
