package vn.qrqg.checkins.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.checkins.CheckInView;
import vn.qrqg.checkins.Direction;
import vn.qrqg.checkins.NotThisVenueException;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.WholeNumbers;
import vn.qrqg.scanning.VenueScanView;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * {@code GET /api/v1/venues/{venueCode}/history?day=YYYY-MM-DD&page=N} ({@code &size}, {@code
 * &direction=IN|OUT}, {@code &hour=0..23}; {@code &format=csv} or {@code /history.csv} for the whole
 * day as CSV): the venue's check-ins of a Vietnam day, for its owner (owner token, checked by the
 * venues' security) and its staff scanners (checked here), nobody else.
 */
@RestController
class HistoryController {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    /** Rows read, shown and audited at a time while writing a CSV export. */
    static final int CSV_CHUNK = 1_000;

    private final VenueHistory history;

    HistoryController(VenueHistory history) {
        this.history = history;
    }

    @GetMapping("/api/v1/venues/{venueCode}/history")
    ResponseEntity<?> page(@PathVariable("venueCode") String venueCode,
            @RequestParam(name = "day", required = false) String day,
            @RequestParam(name = "page", defaultValue = "0") String page,
            @RequestParam(name = "size", required = false) String size,
            @RequestParam(name = "direction", required = false) String direction,
            @RequestParam(name = "hour", required = false) String hour,
            @RequestParam(name = "format", required = false) String format) {
        if (format != null && format.equalsIgnoreCase("csv")) {
            return csv(venueCode, day, direction, hour);
        }
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw new InvalidFieldException("format", "must be json or csv");
        }
        VenueCode code = Venues.parseCode("venueCode", venueCode);
        VenueHistory.Reader reader = reader(code);
        VenueHistory.Filter filter = filter(day, direction, hour);
        int pageNumber = WholeNumbers.parse("page", page, 0, 1_000_000);
        int pageSize = size == null ? DEFAULT_SIZE : WholeNumbers.parse("size", size, 1, MAX_SIZE);
        Venue venue = history.venue(code);
        List<VenueHistory.HourCount> hours = history.countsByHour(venue, filter.day());
        List<ItemView> items = history.items(reader, venue, filter, pageNumber * pageSize, pageSize).stream()
                .map(ItemView::of).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new HistoryView(code.value(),
                filter.day().toString(), pageNumber, pageSize, VenueHistory.total(hours, filter), hours, items));
    }

    @GetMapping("/api/v1/venues/{venueCode}/history.csv")
    ResponseEntity<?> csv(@PathVariable("venueCode") String venueCode,
            @RequestParam(name = "day", required = false) String day,
            @RequestParam(name = "direction", required = false) String direction,
            @RequestParam(name = "hour", required = false) String hour) {
        VenueCode code = Venues.parseCode("venueCode", venueCode);
        VenueHistory.Reader reader = reader(code);
        VenueHistory.Filter filter = filter(day, direction, hour);
        Venue venue = history.venue(code);
        StringBuilder csv = new StringBuilder(HistoryCsv.HEADER);
        for (int offset = 0; ; offset += CSV_CHUNK) {
            List<VenueHistory.Item> chunk = history.items(reader, venue, filter, offset, CSV_CHUNK);
            chunk.forEach(item -> HistoryCsv.append(csv, item));
            if (chunk.size() < CSV_CHUNK) {
                break;
            }
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("history-" + code.value() + "-" + filter.day() + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The owner (the venues' chain checked the token is this venue's), or a staff scanner of this venue. */
    private static VenueHistory.Reader reader(VenueCode code) {
        if (Venues.currentOwner().filter(code::equals).isPresent()) {
            return VenueHistory.Reader.owner(code);
        }
        CallingClient client = CallingClient.current().orElseThrow(() -> new NotThisVenueException(
                "A venue's history is for its owner and its staff scanners only."));
        if (!client.hasScope(Scopes.CHECKIN_VENUE) || !code.equals(client.venueCode())) {
            throw new NotThisVenueException("A venue's history is for its owner (owner token) and its staff scanners "
                    + "(scope " + Scopes.CHECKIN_VENUE + ") only; this token is another venue's, or no venue's.");
        }
        return VenueHistory.Reader.staff(client);
    }

    private static VenueHistory.Filter filter(String day, String direction, String hour) {
        LocalDate date;
        try {
            date = day == null ? VietnamTime.today() : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("day", "must be a date YYYY-MM-DD (a day in Vietnam time)");
        }
        Direction which = direction == null ? null : Direction.parse(direction)
                .orElseThrow(() -> new InvalidFieldException("direction", "must be IN or OUT"));
        Integer atHour = hour == null ? null : WholeNumbers.parse("hour", hour, 0, 23);
        return new VenueHistory.Filter(date, which, atHour);
    }

    record HistoryView(String venueCode, String day, int page, int size, long total,
            List<VenueHistory.HourCount> counts, List<ItemView> items) {
    }

    /** @param person the venue's view of the person; null when the registry no longer holds them */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemView(OffsetDateTime occurredAt, String direction, String source, VenueScanView person,
            CheckInView.VisitView visit) {
        static ItemView of(VenueHistory.Item item) {
            return new ItemView(CheckInController.local(item.occurredAt()), item.direction().name(), item.source(),
                    item.person(), Visits.view(item.visit()));
        }
    }
}
