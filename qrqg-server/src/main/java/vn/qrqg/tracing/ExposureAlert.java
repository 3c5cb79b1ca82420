package vn.qrqg.tracing;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One alert as its person's app reads it. It never names the case nor any other person: the
 * times are the person's own presence inside the risk window, rounded outward.
 *
 * @param venue where, for {@link ExposureReason#VENUE}; null otherwise
 * @param vehicleNumber which vehicle, for {@link ExposureReason#TRAVEL}; null otherwise
 * @param withdrawn whether the case was withdrawn (a false positive): the alert no longer holds
 */
public record ExposureAlert(UUID alertId, ExposureLevel level, ExposureReason reason, Place venue,
        String vehicleNumber, OffsetDateTime from, OffsetDateTime to, Advice advice, OffsetDateTime issuedAt,
        boolean withdrawn) {

    /** The venue, as its poster shows it. */
    public record Place(String code, String name, String communeCode) {
    }

    /** What to do, in Vietnamese and English. */
    public record Advice(String vi, String en) {
    }

    /** The alerts of one person, newest first. */
    public record Page(java.util.List<ExposureAlert> items) {
    }
}
