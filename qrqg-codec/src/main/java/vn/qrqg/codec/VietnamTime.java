package vn.qrqg.codec;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Documents and declarations are dated in Vietnam: "today" for a date check is Vietnam's
 * calendar day, whatever zone the machine runs in (a UTC server would otherwise reject a
 * birth or issue on the first seven hours of a Vietnamese day).
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static Clock clock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
