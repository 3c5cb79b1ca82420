package vn.qrqg.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.qrqg.platform.web.FieldErrors;

/** The audit's days as requests name them: UTC days, {@code YYYY-MM-DD}. */
final class AuditDays {
    private AuditDays() {
    }

    /** {@code text} as a day; {@code absent} when not given; a field error when not a date. */
    static LocalDate parse(FieldErrors errors, String field, String text, LocalDate absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.reject(field, "must be a date as YYYY-MM-DD");
            return absent;
        }
    }
}
