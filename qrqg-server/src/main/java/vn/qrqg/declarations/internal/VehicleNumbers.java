package vn.qrqg.declarations.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of a vehicle number that declarations and queries are matched on, so that the same
 * vehicle written differently is one vehicle: flight {@code VN 123} and {@code vn123}, plate
 * {@code 51B-123.45} and {@code 51B 12345}, ship {@code Phú Quốc Express} and
 * {@code PHU QUOC EXPRESS}. Upper case, without spaces, dashes, dots or diacritics.
 */
final class VehicleNumbers {
    /** As declared, with its separators. */
    static final int MAX_LENGTH = 40;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.\\u2010-\\u2015]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NORMALIZED = Pattern.compile("[A-Z0-9]{1,32}");

    private VehicleNumbers() {
    }

    /**
     * The normalised form of {@code declared}; empty when it is not a vehicle number (blank, too
     * long, or holding other characters than letters, digits, spaces, dashes and dots).
     */
    static Optional<String> normalize(String declared) {
        if (declared == null || declared.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        // Vietnamese may come composed or decomposed: decompose, then drop the marks
        String plain = MARKS.matcher(Normalizer.normalize(declared, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        String normalized = SEPARATORS.matcher(plain).replaceAll("").toUpperCase(Locale.ROOT);
        return NORMALIZED.matcher(normalized).matches() ? Optional.of(normalized) : Optional.empty();
    }

    /** What a caller is told when {@link #normalize} refuses a value. */
    static String expected() {
        return "must be a vehicle number of letters and digits (spaces, dashes and dots allowed), at most "
                + MAX_LENGTH + " characters";
    }
}
