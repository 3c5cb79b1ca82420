package vn.qrqg.scanning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * {@code scan:health}: the police's view, and what the certificate certifies: its type and its one
 * entry, with the value sets' names where the codes have one (else the code).
 *
 * @param type {@code VACCINATION}, {@code TEST} or {@code RECOVERY}; only that one of the three entries is set
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DccHealthView(String familyName, String givenName, String standardisedName, String dateOfBirth,
        String type, Vaccination vaccination, Test test, Recovery recovery, String uvci, String issuingCountry,
        String issuer, Instant issuedAt, DccTrustView trust, DccValidity validity) implements DccScanView {

    /** A dose: the product by name, dose {@code dose} of {@code totalDoses}, when and where. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Vaccination(String disease, String vaccine, String product, String manufacturer, Integer dose,
            Integer totalDoses, String date, String country) {
    }

    /**
     * A test: its type and result by name, when the sample was taken, where.
     *
     * @param name the NAAT test's name, when given
     * @param device the rapid antigen test device's code, when given
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Test(String disease, String type, String name, String device, String sampledAt, String result,
            String centre, String country) {
    }

    /** A recovery: the first positive test's date and the certificate's own validity. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Recovery(String disease, String firstPositive, String validFrom, String validUntil, String country) {
    }
}
