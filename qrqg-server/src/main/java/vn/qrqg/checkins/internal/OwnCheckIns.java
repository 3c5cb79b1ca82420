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
import vn.qrqg.checkins.OwnCheckInsPage;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.holders.Holder;
import vn.qrqg.platform.web.WholeNumbers;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * A person's own check-ins, for their app: newest first, within the retention, each with the
 * venue's name. The read is audited, as the holder's app's, before it is answered. Public for
 * {@link vn.qrqg.checkins.HolderCheckIns}, the capability's API.
 */
@Service
public class OwnCheckIns {
    static final String PURPOSE = "GET /api/v1/checkins/mine";
    static final List<String> FIELDS = List.of("occurredAt", "direction", "venueCode", "venueName", "source");
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

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

    /**
     * @param page from 0 (null: 0)
     * @param size {@value #DEFAULT_SIZE} when null, at most {@value #MAX_SIZE}
     * @throws vn.qrqg.platform.web.InvalidFieldException naming {@code page} or {@code size}
     */
    public OwnCheckInsPage mine(Holder holder, String page, String size) {
        int pageNumber = WholeNumbers.parse("page", page, 0, 0, 1_000_000);
        int pageSize = WholeNumbers.parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        Instant from = clock.instant().minus(properties.retention());
        String person = holder.qid().value();
        long total = repository.countOfPerson(person, from);
        List<CheckInRepository.OwnRow> rows = repository.ofPerson(person, from, (long) pageNumber * pageSize, pageSize);
        Map<String, String> names = new HashMap<>();
        rows.forEach(row -> names.computeIfAbsent(row.venueCode(),
                code -> venues.findForDisplay(new VenueCode(code)).map(Venue::name).orElse(null)));
        audit.record(AuditEntry.of(holder.app(), null, PURPOSE, holder.qid(), null, rows.isEmpty() ? List.of() : FIELDS,
                "READ"));
        return new OwnCheckInsPage(total, pageNumber, pageSize, rows.stream()
                .map(row -> new OwnCheckInsPage.OwnCheckIn(CheckInController.local(row.occurredAt()),
                        row.direction().name(), row.venueCode(), names.get(row.venueCode()), row.source()))
                .toList());
    }
}
