package vn.qrqg.checkins.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.checkins.CheckInsProperties;
import vn.qrqg.checkins.Direction;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.scanning.ScanScope;
import vn.qrqg.scanning.VenueScanView;
import vn.qrqg.scanning.Scans;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.VenueNotFoundException;
import vn.qrqg.venues.Venues;

/**
 * A venue's check-ins of one Vietnam day, for its owner and staff: pages with each person as the
 * venue's scan view shows them and the visit each check-in belongs to, and counts per hour.
 * Every person shown is audited before the page is answered.
 */
@Service
class VenueHistory {
    static final String PURPOSE = "GET /api/v1/venues/{venueCode}/history";
    /** The audit's app id for a venue's owner, who reads with an owner token and is no app. */
    static final UUID NO_APP = new UUID(0, 0);
    private static final Pattern QID = Pattern.compile("[0-9]{18}");

    private final Venues venues;
    private final Scans scans;
    private final CheckInRepository repository;
    private final CheckInsProperties properties;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    VenueHistory(Venues venues, Scans scans, CheckInRepository repository, CheckInsProperties properties,
            AuditTrail audit) {
        this.venues = venues;
        this.scans = scans;
        this.repository = repository;
        this.properties = properties;
        this.audit = audit;
    }

    /** Who reads: the venue's owner, or one of its staff scanners (for the audit). */
    record Reader(String clientId, UUID appId, String scope) {
        static Reader owner(VenueCode venue) {
            return new Reader("venue-owner:" + venue.value(), NO_APP, null);
        }

        static Reader staff(CallingClient scanner) {
            return new Reader(scanner.clientId(), scanner.appId(), Scopes.CHECKIN_VENUE);
        }
    }

    /** Which check-ins of the day: a direction and an hour (Vietnam time), each optional. */
    record Filter(LocalDate day, Direction direction, Integer hour) {
        Instant from() {
            return day.atTime(hour == null ? 0 : hour, 0).atZone(VietnamTime.ZONE).toInstant();
        }

        Instant to() {
            return hour == null ? day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()
                    : from().plus(Duration.ofHours(1));
        }
    }

    /** A check-in as the history shows it. */
    record Item(Instant occurredAt, Direction direction, String source, VenueScanView person, Visits.Visit visit) {
    }

    record HourCount(int hour, long in, long out) {
    }

    Venue venue(VenueCode code) {
        return venues.find(code).orElseThrow(() -> VenueNotFoundException.nothingRecorded(code));
    }

    /**
     * How many check-ins the filter matches, from the day's {@link #countsByHour}: no second
     * count of the venue's day (tens of milliseconds for the busiest venues).
     */
    static long total(List<HourCount> hours, Filter filter) {
        return hours.stream().filter(count -> filter.hour() == null || count.hour() == filter.hour())
                .mapToLong(count -> filter.direction() == null ? count.in() + count.out()
                        : filter.direction() == Direction.IN ? count.in() : count.out())
                .sum();
    }

    /** The check-ins of the page, oldest first; the people shown are audited first. */
    List<Item> items(Reader reader, Venue venue, Filter filter, int offset, int limit) {
        List<CheckInRepository.Row> rows = repository.page(venue.code(), filter.from(), filter.to(), filter.direction(),
                offset, limit);
        Set<String> people = new LinkedHashSet<>();
        rows.forEach(row -> people.add(row.person()));
        Map<String, VenueScanView> shown = scans.presentToVenue(people);
        Map<Long, Visits.Visit> visits = visits(venue, people, filter);
        List<AuditEntry> entries = new ArrayList<>();
        Instant now = clock.instant();
        shown.keySet().forEach(person -> entries.add(new AuditEntry(now, reader.clientId(), reader.appId(),
                reader.scope(), QID.matcher(person).matches() ? person : null,
                QID.matcher(person).matches() ? null : person, ScanScope.VENUE.fields(), PURPOSE, "READ")));
        audit.recordAll(entries);
        return rows.stream().map(row -> new Item(row.occurredAt(), row.direction(), row.source(),
                shown.get(row.person()), visits.get(row.id()))).toList();
    }

    /** All 24 hours of the day, entries and exits, whatever the filter. */
    List<HourCount> countsByHour(Venue venue, LocalDate day) {
        Filter whole = new Filter(day, null, null);
        long[][] counts = new long[24][2];
        for (Object[] row : repository.countsByHour(venue.code(), whole.from(), whole.to())) {
            counts[(Integer) row[0]][row[1] == Direction.IN ? 0 : 1] += (Long) row[2];
        }
        List<HourCount> hours = new ArrayList<>(24);
        for (int hour = 0; hour < 24; hour++) {
            hours.add(new HourCount(hour, counts[hour][0], counts[hour][1]));
        }
        return hours;
    }

    /** The visits of the page's check-ins: each person's check-ins there, one visit duration either side. */
    private Map<Long, Visits.Visit> visits(Venue venue, Set<String> people, Filter filter) {
        Duration duration = properties.visitDuration(venue.type());
        Map<String, List<Visits.CheckIn>> byPerson = new HashMap<>();
        repository.ofPeopleForHistory(venue.code(), people, filter.from().minus(duration), filter.to().plus(duration))
                .forEach(found -> byPerson.computeIfAbsent(found.person(), p -> new ArrayList<>()).add(found.checkIn()));
        Map<Long, Visits.Visit> visits = new HashMap<>();
        Instant now = clock.instant();
        byPerson.values().forEach(checkIns -> visits.putAll(Visits.pair(checkIns, duration, now)));
        return visits;
    }
}
