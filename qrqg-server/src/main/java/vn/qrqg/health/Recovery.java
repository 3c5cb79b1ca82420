package vn.qrqg.health;

import java.time.OffsetDateTime;

/**
 * A confirmed infection and the certified recovery from it.
 *
 * @param confirmedAt when the infection was confirmed, Vietnam time
 * @param recoveredAt when the recovery was certified, Vietnam time
 * @param facility the certifying facility, or {@code null}
 */
public record Recovery(OffsetDateTime confirmedAt, OffsetDateTime recoveredAt, String facility) {
}
