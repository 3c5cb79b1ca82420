package vn.qrqg.checkins.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.checkins.CheckInsProperties;
import vn.qrqg.checkins.Direction;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.holders.Holder;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * A person's own check-ins, for their app: newest first, within the retention, each with the
 * venue's name. The read is audited before it is answered.
 */
@Service
class OwnCheckIns {
    static final String PURPOSE = "GET /api/v1/checkins/mine";
    static final List<String> FIELDS = List.of("occurredAt", "direction", "venueCode", "venueName", "source");

    private final CheckInRepository repository;
    private final Venues venues;
    private final AuditTrail audit;
    private final CheckInsProperties properties;
    private final Clock clock = Clock.systemUTC();

    OwnCheckIns(CheckInRepository repository, Venues venues, AuditTrail audit, CheckInsProperties properties) {
        this.repository = repository;
        this.venues = venues;
        this.audit = audit;
        this.properties = properties;
    }

    /** A check-in as its person sees it. @param venueName null when the venue is gone */
    record Item(Instant occurredAt, Direction direction, String venueCode, String venueName, String source) {
    }

    record Page(long total, int page, int size, List<Item> items) {
    }

    Page mine(CallingClient app, Holder holder, int page, int size) {
        Instant from = clock.instant().minus(properties.retention());
        String person = holder.qid().value();
        long total = repository.countOfPerson(person, from);
        List<CheckInRepository.OwnRow> rows = repository.ofPerson(person, from, (long) page * size, size);
        Map<String, String> names = new HashMap<>();
        rows.forEach(row -> names.computeIfAbsent(row.venueCode(),
                code -> venues.find(new VenueCode(code)).map(Venue::name).orElse(null)));
        audit.record(AuditEntry.of(app, null, PURPOSE, person, null, rows.isEmpty() ? List.of() : FIELDS, "READ"));
        return new Page(total, page, size, rows.stream().map(row -> new Item(row.occurredAt(), row.direction(),
                row.venueCode(), names.get(row.venueCode()), row.source())).toList());
    }
}
