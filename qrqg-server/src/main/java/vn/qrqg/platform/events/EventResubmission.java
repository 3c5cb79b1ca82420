package vn.qrqg.platform.events;

import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.events.IncompleteEventPublications;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Delivers again, every {@code qrqg.events.resubmit-every}, each event publication older than
 * {@code resubmit-after} that its listener has not completed: the listener failed (the database
 * was down), or the instance stopped before it ran (killed: another instance delivers it). One
 * instance at a time does it (the housekeeping's advisory lock), so that two do not deliver the
 * same publication together; listeners still write idempotently, so that a second delivery of the
 * same event changes nothing.
 */
final class EventResubmission extends Housekeeping {
    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventResubmission(IncompleteEventPublications incomplete, EventsProperties properties) {
        super("event-resubmission", properties.resubmitEvery());
        this.incomplete = incomplete;
        this.after = properties.resubmitAfter();
    }

    /** @return 0: it removes nothing; the registry logs what it resubmits */
    @Override
    protected int housekeep(Instant now) {
        incomplete.resubmitIncompletePublicationsOlderThan(after);
        return 0;
    }
}
