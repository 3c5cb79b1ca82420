package vn.qrqg.venues;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.codec.venue.VenueUrl;

/**
 * Venue settings ({@code qrqg.venues}, docs/venues.md).
 *
 * @param publicBaseUrl the platform's public base URL: venue QRs encode {@code {it}/v/{venueCode}}
 *        (FORMATS.md §2) and posters are linked under it; printed posters keep it for years, so
 *        set the production host before the first venue registers
 * @param codeValidity how long an owner's one-time code works
 * @param maxCodeAttempts wrong codes a registration takes before it is closed for good
 * @param registrationsPerPhonePerHour registrations one mobile number may start in an hour
 *        (each one sends an SMS): what stops one caller from flooding a phone or the SMS budget
 * @param maxStaffPerVenue scanner credentials a venue may hold at once
 */
@ConfigurationProperties("qrqg.venues")
public record VenuesProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("10m") Duration codeValidity, @DefaultValue("5") int maxCodeAttempts,
        @DefaultValue("3") int registrationsPerPhonePerHour, @DefaultValue("50") int maxStaffPerVenue) {

    public VenuesProperties {
        try {
            VenueUrl.of(publicBaseUrl, VenueCode.generate());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("qrqg.venues.public-base-url (QRQG_PUBLIC_BASE_URL) must be "
                    + "http(s)://host[:port][/path]: " + e.getMessage(), e);
        }
        if (codeValidity.isNegative() || codeValidity.isZero()) {
            throw new IllegalArgumentException("qrqg.venues.code-validity must be positive, not " + codeValidity);
        }
        if (maxCodeAttempts < 1 || registrationsPerPhonePerHour < 1 || maxStaffPerVenue < 1) {
            throw new IllegalArgumentException("qrqg.venues.max-code-attempts, registrations-per-phone-per-hour and "
                    + "max-staff-per-venue must be 1 or more");
        }
    }

    /** The URL a venue's QR encodes. */
    public String venueUrl(VenueCode code) {
        return VenueUrl.of(publicBaseUrl, code);
    }

    /** Where anyone downloads the venue's poster. */
    public String posterUrl(VenueCode code) {
        return base() + "/api/v1/venues/" + code.value() + "/poster.pdf";
    }

    /** A staff scanner's one-time enrolment link: the scanner page, the code in the fragment (never sent to a server). */
    public String staffEnrolmentUrl(String code) {
        return base() + "/scanner.html#enrol=" + code;
    }

    private String base() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }
}
