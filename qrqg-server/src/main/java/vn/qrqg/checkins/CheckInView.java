package vn.qrqg.checkins;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import vn.qrqg.scanning.ScanAnswer;

/**
 * A recorded check-in as its answer shows it, times in Vietnam time: the answer of
 * {@code POST /api/v1/checkins}, whichever way it came.
 *
 * @param scan a staff check-in's scan: its outcome and the venue's view of the person
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckInView(VenueView venue, String direction, OffsetDateTime occurredAt, VisitView visit,
        ScanAnswer scan) {

    /** The venue as a visitor's app shows it after a check-in. */
    public record VenueView(String venueCode, String name, String type) {
    }

    /** A visit as answers show it: {@code end} is EXIT, AUTO or OPEN; {@code closesAt} only while open. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VisitView(OffsetDateTime enteredAt, OffsetDateTime exitedAt, String end, OffsetDateTime closesAt) {
    }
}
