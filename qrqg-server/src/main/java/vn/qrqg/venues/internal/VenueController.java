package vn.qrqg.venues.internal;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;
import vn.qrqg.venues.VenuesProperties;

/** A venue's public facts and its poster: anyone may read them (they are printed on the door anyway). */
@RestController
class VenueController {
    private final Venues venues;
    private final AdministrativeAreas areas;
    private final VenuesProperties properties;
    private final PosterPdf posters;

    VenueController(Venues venues, AdministrativeAreas areas, VenuesProperties properties, PosterPdf posters) {
        this.venues = venues;
        this.areas = areas;
        this.properties = properties;
        this.posters = posters;
    }

    @GetMapping("/api/v1/venues/{venueCode}")
    VenueView venue(@PathVariable("venueCode") String venueCode) {
        Venue venue = venues.require(Venues.parseCode("venueCode", venueCode));
        return new VenueView(venue.code().value(), venue.name(), venue.type().code(), venue.address(),
                venue.communeCode(), communeName(venue), venue.provinceCode(), provinceName(venue), venue.status().name(),
                properties.venueUrl(venue.code()), properties.posterUrl(venue.code()));
    }

    /** No {@code produces}: an error must still be able to answer as problem+json. */
    @GetMapping("/api/v1/venues/{venueCode}/poster.pdf")
    ResponseEntity<byte[]> poster(@PathVariable("venueCode") String venueCode) {
        VenueCode code = Venues.parseCode("venueCode", venueCode);
        Venue venue = venues.require(code);
        String address = venue.address() + ", " + communeName(venue) + ", " + provinceName(venue);
        byte[] pdf = posters.render(new PosterPdf.Content(properties.venueUrl(code), code.value(), venue.name(), address));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename("venue-" + code.value() + ".pdf")
                        .build().toString())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(pdf);
    }

    private String communeName(Venue venue) {
        return areas.commune(venue.communeCode()).map(AdministrativeAreas.Commune::name).orElse(venue.communeCode());
    }

    private String provinceName(Venue venue) {
        return areas.province(venue.provinceCode()).map(AdministrativeAreas.Province::name).orElse(venue.provinceCode());
    }

    /**
     * @param address the street address as registered; commune and province are named beside it
     * @param url what the venue's QR encodes (FORMATS.md §2)
     */
    record VenueView(String venueCode, String name, String type, String address, String communeCode,
            String communeName, String provinceCode, String provinceName, String status, String url, String posterUrl) {
    }
}
