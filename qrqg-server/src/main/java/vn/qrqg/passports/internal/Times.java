package vn.qrqg.passports.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.qrqg.codec.VietnamTime;

/** Times as the passports' answers show them: in Vietnam's offset. */
final class Times {
    private Times() {
    }

    static OffsetDateTime local(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, VietnamTime.ZONE);
    }
}
