package vn.qrqg.checkins.internal;

import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.web.Pages;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * {@code GET /v/{venueCode}}: what a phone camera opens from a venue's poster (FORMATS.md §2).
 * The portal's page naming the venue (rendered here from {@code templates/checkins/venue-page},
 * so it reads without script), where a signed-in citizen checks in or out with one tap
 * ({@code /assets/venue-page.js}) and anyone else is offered sign-in and brought back. Apps
 * recognise the URL and check in without opening it.
 */
@RestController
class VenuePageController {
    private static final String NOT_FOUND = "Không tìm thấy địa điểm · Venue not found";

    private final Venues venues;
    private final Pages pages;

    VenuePageController(Venues venues, Pages pages) {
        this.venues = venues;
        this.pages = pages;
    }

    /** What the page shows: the venue's name, address and code, or that no venue has the code. */
    record VenuePage(boolean found, String name, String address, String code) {
    }

    @GetMapping("/v/{venueCode}")
    ResponseEntity<String> page(@PathVariable("venueCode") String venueCode) {
        Optional<Venue> venue;
        try {
            venue = venues.findForDisplay(VenueCode.parse(venueCode.strip())); // a page: the replica may answer
        } catch (QrFormatException e) {
            venue = Optional.empty();
        }
        VenuePage page = venue.map(found -> new VenuePage(true, found.name(), orEmpty(found.address()),
                found.code().value())).orElseGet(() -> new VenuePage(false, NOT_FOUND, "", ""));
        // a poster's page changes rarely and names no person: shared caches may keep it a while
        return Pages.html(page.found() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(pages.render("checkins/venue-page", page));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
