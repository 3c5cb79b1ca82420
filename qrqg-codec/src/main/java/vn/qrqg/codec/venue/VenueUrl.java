package vn.qrqg.codec.venue;

import java.util.Objects;

/**
 * The venue QR's text (FORMATS.md §2): {@code {public base URL}/v/{venueCode}}, a URL so
 * that any phone camera opens the platform's check-in page. {@link VenueUrlReader} reads it.
 */
public final class VenueUrl {

    /** What follows the public base URL, before the code. */
    public static final String PATH_PREFIX = "/v/";

    private VenueUrl() {
    }

    /**
     * The URL a venue poster encodes.
     *
     * @param publicBaseUrl the platform's public base URL, e.g. {@code https://qr.example.vn},
     *        with or without a trailing {@code /}
     * @throws IllegalArgumentException when {@code publicBaseUrl} is not an http(s) base URL
     */
    public static String of(String publicBaseUrl, VenueCode code) {
        Objects.requireNonNull(code, "code");
        PublicBaseUrl.parse(publicBaseUrl); // fail here rather than print a poster no reader accepts
        return PublicBaseUrl.withoutTrailingSlash(publicBaseUrl) + PATH_PREFIX + code.value();
    }
}
