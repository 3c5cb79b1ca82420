package vn.qrqg.checkins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * {@code GET /v/{venueCode}}: what a phone camera opens from a venue's poster (FORMATS.md §2).
 * The portal's page naming the venue (rendered here, so it reads without script), where a
 * signed-in citizen checks in or out with one tap ({@code /assets/venue-page.js}) and anyone else
 * is offered sign-in and brought back. Apps recognise the URL and check in without opening it.
 */
@RestController
class VenuePageController {
    private static final String PAGE = template("venue-page.html");
    private static final String FOUND = template("venue-page-found.html");
    private static final String MISSING = template("venue-page-missing.html");

    private final Venues venues;

    VenuePageController(Venues venues) {
        this.venues = venues;
    }

    @GetMapping("/v/{venueCode}")
    ResponseEntity<String> page(@PathVariable("venueCode") String venueCode) {
        Optional<Venue> venue;
        try {
            venue = venues.find(VenueCode.parse(venueCode.strip()));
        } catch (QrFormatException e) {
            venue = Optional.empty();
        }
        if (venue.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, fill(PAGE, Map.of("name", "Không tìm thấy địa điểm · Venue not found",
                    "code", "", "body", MISSING)));
        }
        Venue found = venue.get();
        String body = fill(FOUND, Map.of("address", escape(found.address()), "code", found.code().value()));
        return html(HttpStatus.OK, fill(PAGE, Map.of("name", escape(found.name()), "code", found.code().value(),
                "body", body)));
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The template with each {@code {{key}}} replaced by its (already escaped) value. */
    private static String fill(String template, Map<String, String> values) {
        String page = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            page = page.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return page;
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(page);
    }

    private static String template(String name) {
        try (InputStream in = VenuePageController.class.getResourceAsStream("/checkins/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /checkins/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
