package vn.qrqg.feedback.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.qrqg.feedback.FeedbackNotFoundException;

/** Tracking numbers as people type them: {@code pa-2026-123} is {@code PA-2026-000123}. */
final class TrackingNumbers {
    private static final Pattern FORM = Pattern.compile("PA-(\\d{4})-(\\d{1,9})");

    private TrackingNumbers() {
    }

    /** @throws FeedbackNotFoundException for text that is no tracking number: no report has it */
    static String normalised(String text) {
        String upper = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        var matcher = FORM.matcher(upper);
        if (!matcher.matches()) {
            throw new FeedbackNotFoundException();
        }
        return "PA-%s-%06d".formatted(matcher.group(1), Long.parseLong(matcher.group(2)));
    }
}
