package vn.qrqg.checkins.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.qrqg.checkins.CheckInView;
import vn.qrqg.checkins.CheckInsProperties;
import vn.qrqg.checkins.Direction;
import vn.qrqg.checkins.NotThisVenueException;
import vn.qrqg.checkins.QrNotAcceptedException;
import vn.qrqg.checkins.VenueSuspendedException;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.holders.Holder;
import vn.qrqg.scanning.Identification;
import vn.qrqg.scanning.ScanAnswer;
import vn.qrqg.scanning.ScanScope;
import vn.qrqg.scanning.Scans;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.VenueNotFoundException;
import vn.qrqg.venues.VenueStatus;
import vn.qrqg.venues.Venues;

/**
 * Check-ins as they happen, both ways: the visitor's app reports the venue its holder scanned, or
 * a venue's staff scanner scans the visitor. Either records one check-in at the server's time, or
 * refuses and records nothing. Public for {@link vn.qrqg.checkins.HolderCheckIns}, the capability's API.
 */
@Service
public class OnlineCheckIns {
    /** What the audit records a staff check-in's scan under. */
    static final String PURPOSE = "POST /api/v1/checkins";

    private final Venues venues;
    private final Scans scans;
    private final CheckInRepository repository;
    private final CheckInsProperties properties;
    private final Clock clock = Clock.systemUTC();

    OnlineCheckIns(Venues venues, Scans scans, CheckInRepository repository, CheckInsProperties properties) {
        this.venues = venues;
        this.scans = scans;
        this.repository = repository;
        this.properties = properties;
    }

    /** A recorded check-in: the venue, when, which way, the visit it belongs to, and a staff scanner's scan. */
    record Recorded(Venue venue, Instant occurredAt, Direction direction, Visits.Visit visit, ScanAnswer scan) {
    }

    /** The holder scanned this venue's QR with their app, which the check-in names. */
    public CheckInView self(Holder holder, VenueCode code, Direction direction) {
        Venue venue = activeVenue(code);
        return view(record(venue, direction, holder.qid().value(), "SELF", holder.app().clientId(), null));
    }

    /**
     * A staff scanner scanned a visitor at its own venue: the scan is audited (it answers the
     * venue's view of the person) before anything else.
     *
     * @param claimedVenue a venue code the scanner sent beside the text, or null
     */
    CheckInView staff(CallingClient scanner, VenueCode claimedVenue, String text, Direction direction) {
        VenueCode code = scanner.venueCode();
        if (code == null) {
            throw new NotThisVenueException("This token is no venue's staff scanner: check-ins by scanning a visitor "
                    + "need the token of a scanner its venue's owner added (scope " + Scopes.CHECKIN_VENUE + ").");
        }
        if (claimedVenue != null && !claimedVenue.equals(code)) {
            throw new NotThisVenueException("This staff scanner belongs to another venue than the one named: a "
                    + "scanner checks visitors in at its own venue only. Nothing was recorded.");
        }
        Venue venue = activeVenue(code);
        Identification scan = scans.scan(scanner, ScanScope.VENUE, Scopes.CHECKIN_VENUE, PURPOSE, text,
                venue.provinceCode());
        if (!scan.identified()) {
            throw new QrNotAcceptedException(scan.answer());
        }
        return view(record(venue, direction, scan.person(), "STAFF", scanner.clientId(), scan.answer()));
    }

    /**
     * Refuses as a check-in at this venue would be refused, recording nothing: for a caller that
     * checks several people in at once and refuses the whole request first.
     */
    public void requireActive(VenueCode code) {
        activeVenue(code);
    }

    private Venue activeVenue(VenueCode code) {
        Venue venue = venues.find(code).orElseThrow(() -> VenueNotFoundException.nothingRecorded(code));
        if (venue.status() != VenueStatus.ACTIVE) {
            throw new VenueSuspendedException(code);
        }
        return venue;
    }

    private Recorded record(Venue venue, Direction direction, String person, String source, String clientId,
            ScanAnswer scan) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        long id = repository.insertOnline(venue.code(), now, direction, person, source, clientId);
        Duration duration = properties.visitDuration(venue.type());
        // the visit this check-in closes or opens: the person's check-ins there within one visit before it
        List<CheckInRepository.PersonCheckIn> recent = repository.ofPeople(venue.code(), List.of(person),
                now.minus(duration), now.plusNanos(1000));
        Map<Long, Visits.Visit> visits = Visits.pair(recent.stream().map(CheckInRepository.PersonCheckIn::checkIn)
                .toList(), duration, now);
        return new Recorded(venue, now, direction, visits.get(id), scan);
    }

    private static CheckInView view(Recorded recorded) {
        return new CheckInView(new CheckInView.VenueView(recorded.venue().code().value(), recorded.venue().name(),
                recorded.venue().type().code()), recorded.direction().name(), CheckInController.local(recorded.occurredAt()),
                Visits.view(recorded.visit()), recorded.scan());
    }
}
