package vn.qrqg.dcc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The EU DCC value sets shipped with the library (ehn-dcc-development/eu-dcc-valuesets,
 * Apache-2.0), each with its published {@code valueSetDate}: the names behind the codes a
 * certificate carries ({@code EU/1/20/1528} is Comirnaty). A code that is not in a set is not an
 * error: the sets grow, and a reader shows the code as it is.
 */
public final class DccValueSets {
    public static final String DISEASE = "disease-agent-targeted";
    public static final String VACCINE = "vaccine-prophylaxis";
    public static final String PRODUCT = "vaccine-medicinal-product";
    public static final String MANUFACTURER = "vaccine-mah-manf";
    public static final String TEST_TYPE = "test-type";
    public static final String TEST_RESULT = "test-result";

    private static final JsonNode SETS = load();
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private DccValueSets() {
    }

    /** The names of the shipped sets. */
    public static Set<String> names() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        SETS.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The set's {@code valueSetDate} (its version), when it was published with one. */
    public static Optional<String> version(String set) {
        JsonNode date = SETS.path(set).path("valueSetDate");
        return date.isTextual() ? Optional.of(date.textValue()) : Optional.empty();
    }

    /** The display name of {@code code} in {@code set}, e.g. {@code Spikevax} for {@code EU/1/20/1507}. */
    public static Optional<String> display(String set, String code) {
        JsonNode value = SETS.path(set).path("values").path(code);
        return value.isObject() ? Optional.of(value.path("display").asText()) : Optional.empty();
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-2 country code (the country value set). */
    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    /** The value set a payload field's code is drawn from, for a certificate of {@code type}; empty for free text. */
    public static Optional<String> setOf(DccType type, String field) {
        return Optional.ofNullable(switch (field) {
            case "tg" -> DISEASE;
            case "vp" -> VACCINE;
            case "mp" -> PRODUCT;
            case "ma" -> type == DccType.VACCINATION ? MANUFACTURER : null; // a test's ma is the unshipped test-manf
            case "tt" -> TEST_TYPE;
            case "tr" -> TEST_RESULT;
            default -> null;
        });
    }

    private static JsonNode load() {
        try (InputStream in = DccValueSets.class.getResourceAsStream("valuesets.json")) {
            if (in == null) {
                throw new IllegalStateException("valuesets.json is missing from the qrqg-dcc jar");
            }
            return Cbor.JSON.readTree(in).path("sets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
