package vn.qrqg.checkins;

import java.util.Locale;
import java.util.Optional;

/** Whether a check-in is an entry or an exit. */
public enum Direction {
    IN, OUT;

    /** The direction of {@code text} in any case ({@code "in"} too), or empty. */
    public static Optional<Direction> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "IN" -> Optional.of(IN);
            case "OUT" -> Optional.of(OUT);
            default -> Optional.empty();
        };
    }
}
