package vn.qrqg.venues.internal;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.venues.VenueFacts;
import vn.qrqg.venues.Venues;

/** A venue's public facts and its poster: anyone may read them (they are printed on the door anyway). */
@RestController
class VenueController {
    private final Venues venues;
    private final PosterPdf posters;

    VenueController(Venues venues, PosterPdf posters) {
        this.venues = venues;
        this.posters = posters;
    }

    @GetMapping("/api/v1/venues/{venueCode}")
    VenueFacts venue(@PathVariable("venueCode") String venueCode) {
        return venues.facts(venueCode);
    }

    /** No {@code produces}: an error must still be able to answer as problem+json. */
    @GetMapping("/api/v1/venues/{venueCode}/poster.pdf")
    ResponseEntity<byte[]> poster(@PathVariable("venueCode") String venueCode) {
        VenueFacts venue = venues.facts(venueCode);
        String address = venue.address() + ", " + venue.communeName() + ", " + venue.provinceName();
        byte[] pdf = posters.render(new PosterPdf.Content(venue.url(), venue.venueCode(), venue.name(), address));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename("venue-" + venue.venueCode() + ".pdf")
                        .build().toString())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(pdf);
    }
}
