package vn.qrqg.health.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Days of the COVID card are calendar days in Vietnam (Asia/Ho_Chi_Minh, UTC+7 since 1975):
 * "14 days after a dose on 1 September" begins at 00:00 on 15 September in Vietnam, whatever
 * the hour of the dose or the time zone of the server.
 */
final class VietnamTime {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private VietnamTime() {
    }

    static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** 00:00 of {@code date} in Vietnam. */
    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    static OffsetDateTime of(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZONE);
    }

    /** {@code 2021-09-01 08:30}, Vietnam time: for reasons people read. */
    static String minutes(Instant instant) {
        return MINUTES.format(instant.atZone(ZONE));
    }
}
