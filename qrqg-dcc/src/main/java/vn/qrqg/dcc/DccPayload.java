package vn.qrqg.dcc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds hcert payloads (schema {@value #SCHEMA_VERSION}) for the three types from typed entries,
 * so the platform's issuing never writes the JSON by hand. Codes come from {@link DccValueSets}.
 */
public final class DccPayload {
    public static final String SCHEMA_VERSION = "1.3.0";
    public static final String COVID_19 = "840539006";

    private DccPayload() {
    }

    /**
     * The person: names as written (with diacritics) and the date of birth ({@code YYYY},
     * {@code YYYY-MM} or {@code YYYY-MM-DD}). The ICAO 9303 forms ({@code fnt}, {@code gnt}) are derived.
     */
    public record Person(String familyName, String givenName, String dateOfBirth) {
        public Person {
            Objects.requireNonNull(familyName, "familyName");
            Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        }
    }

    /** A vaccination: the entry of a vaccination certificate. {@code dose} of {@code series}. */
    public record Vaccination(String vaccine, String product, String manufacturer, int dose, int series, LocalDate date,
                              String country, String issuer, String uvci) {
    }

    /** A test: type (LP6464-4 NAAT, LP217198-3 rapid antigen), name (NAAT) or device (RAT), when, result, where. */
    public record Test(String type, String name, String device, Instant sampledAt, String result, String centre,
                       String country, String issuer, String uvci) {
    }

    /** A recovery: the first positive test, and the certificate's validity. */
    public record Recovery(LocalDate firstPositive, LocalDate validFrom, LocalDate validUntil, String country,
                           String issuer, String uvci) {
    }

    public static ObjectNode vaccination(Person person, Vaccination v) {
        ObjectNode entry = Cbor.JSON.createObjectNode().put("tg", COVID_19).put("vp", v.vaccine()).put("mp", v.product())
                .put("ma", v.manufacturer()).put("dn", v.dose()).put("sd", v.series()).put("dt", v.date().toString())
                .put("co", v.country()).put("is", v.issuer()).put("ci", v.uvci());
        return payload(person, "v", entry);
    }

    public static ObjectNode test(Person person, Test t) {
        ObjectNode entry = Cbor.JSON.createObjectNode().put("tg", COVID_19).put("tt", t.type());
        if (t.name() != null) {
            entry.put("nm", t.name());
        }
        if (t.device() != null) {
            entry.put("ma", t.device());
        }
        entry.put("sc", t.sampledAt().toString()).put("tr", t.result()).put("tc", t.centre())
                .put("co", t.country()).put("is", t.issuer()).put("ci", t.uvci());
        return payload(person, "t", entry);
    }

    public static ObjectNode recovery(Person person, Recovery r) {
        ObjectNode entry = Cbor.JSON.createObjectNode().put("tg", COVID_19).put("fr", r.firstPositive().toString())
                .put("co", r.country()).put("is", r.issuer()).put("df", r.validFrom().toString())
                .put("du", r.validUntil().toString()).put("ci", r.uvci());
        return payload(person, "r", entry);
    }

    private static ObjectNode payload(Person person, String group, ObjectNode entry) {
        ObjectNode name = Cbor.JSON.createObjectNode().put("fn", person.familyName()).put("fnt", icao(person.familyName()));
        if (person.givenName() != null && !person.givenName().isBlank()) {
            name.put("gn", person.givenName()).put("gnt", icao(person.givenName()));
        }
        ObjectNode payload = Cbor.JSON.createObjectNode().put("ver", SCHEMA_VERSION);
        payload.set("nam", name);
        payload.put("dob", person.dateOfBirth());
        payload.putArray(group).add(entry);
        return payload;
    }

    /**
     * The ICAO 9303 machine-readable form of a name: diacritics removed ({@code Đ} becomes {@code D}),
     * upper case, every run of other characters one {@code <}.
     */
    static String icao(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        return plain.replaceAll("[^A-Z]+", "<").replaceAll("^<|<$", "");
    }
}
