package vn.qrqg.portal.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.venues.VenueFacts;
import vn.qrqg.venues.Venues;

/**
 * A venue's public facts for the {@code /v/{code}} page and the check-in confirmation: what
 * {@code GET /api/v1/venues/{venueCode}} answers (name, type, address, commune and province names), or its 404.
 */
@RestController
class VenueFactsController {
    private final Venues venues;

    VenueFactsController(Venues venues) {
        this.venues = venues;
    }

    @GetMapping("/portal/api/venues/{venueCode}")
    VenueFacts venue(@PathVariable("venueCode") String venueCode) {
        return venues.facts(venueCode);
    }
}
