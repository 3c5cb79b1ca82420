package vn.qrqg.codec.vectors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One test vector: an operation on an input, with everything it needs, and what an
 * implementation of FORMATS.md must answer. Serialised as a JSON object (see docs/formats.md).
 */
final class VectorCase {

    static final String VENUE_BASE_URL = "https://qr.example.vn";

    final Map<String, Object> json = new LinkedHashMap<>();
    final Map<String, Object> expected = new LinkedHashMap<>();

    private VectorCase(String id, String description, String operation, String input) {
        json.put("id", id);
        json.put("description", description);
        json.put("operation", operation);
        json.put("input", input);
    }

    /** Classify and verify {@code input} as a scanner would, against {@code trustList}. */
    static VectorCase scan(String id, String description, String input, String trustList) {
        VectorCase c = new VectorCase(id, description, "scan", input);
        c.json.put("trustList", "trust-lists/" + trustList + ".json");
        c.json.put("venueBaseUrls", List.of(VENUE_BASE_URL));
        return c;
    }

    /** Mask the full-form unsigned text {@code input} (up to the '<' before ChuKy). */
    static VectorCase mask(String id, String description, String input) {
        return new VectorCase(id, description, "mask", input);
    }

    /** Check a document number, optionally against a declared birth date and gender. */
    static VectorCase documentNumber(String id, String description, String input, String birthDate, Character gender) {
        VectorCase c = new VectorCase(id, description, "documentNumber", input);
        if (birthDate != null) {
            c.json.put("birthDate", birthDate);
            c.json.put("gender", String.valueOf(gender));
        }
        return c;
    }

    /** The revocation id of a personal QR text (FORMATS.md §4). */
    static VectorCase revocationId(String id, String description, String input) {
        return new VectorCase(id, description, "revocationId", input);
    }

    /** Check and canonicalise a venue code. */
    static VectorCase venueCode(String id, String description, String input) {
        return new VectorCase(id, description, "venueCode", input);
    }

    VectorCase expect(String key, Object value) {
        expected.put(key, value);
        return this;
    }

    /** Expected MALFORMED (or invalid) with the field, the problem and the code-point position. */
    VectorCase rejected(String field, String problem, int position) {
        return expect("field", field).expect("problem", problem).expect("position", position);
    }

    String id() {
        return (String) json.get("id");
    }

    String operation() {
        return (String) json.get("operation");
    }

    String input() {
        return (String) json.get("input");
    }

    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>(json);
        out.put("expected", expected);
        return out;
    }
}
