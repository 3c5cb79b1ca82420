package vn.qrqg.checkins;

import java.time.OffsetDateTime;
import java.util.List;

/** A page of a person's own check-ins, newest first: the answer of {@code GET /api/v1/checkins/mine}. */
public record OwnCheckInsPage(long total, int page, int size, List<OwnCheckIn> items) {

    /**
     * @param occurredAt in Vietnam time
     * @param venueName null when the venue is gone
     */
    public record OwnCheckIn(OffsetDateTime occurredAt, String direction, String venueCode, String venueName,
            String source) {
    }
}
