package vn.qrqg.venues;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of place a venue is; written in lower case in the API ({@code "restaurant"}). */
public enum VenueType {
    SHOP, RESTAURANT, MARKET, OFFICE, SCHOOL, HOSPITAL, TRANSPORT, CHECKPOINT, OTHER;

    /** The API's spelling: the name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of this code, in any case ({@code "Shop"} too), or empty. */
    public static Optional<VenueType> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(type -> type.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(VenueType::code).toList();
    }
}
