package vn.qrqg.venues.internal;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.venues.VenuesProperties;

/** Registering a venue, for its owner, without a token (public; see {@link VenuesSecurity}). */
@RestController
@RequestMapping("/api/v1/venues/registrations")
class RegistrationController {
    private final VenueRegistrations registrations;
    private final VenuesProperties properties;

    RegistrationController(VenueRegistrations registrations, VenuesProperties properties) {
        this.registrations = registrations;
        this.properties = properties;
    }

    /** {@code {name, type, provinceCode, communeCode, address, ownerName, ownerPhone}}; a code goes to the phone. */
    @PostMapping
    ResponseEntity<Started> register(@RequestBody VenueDetails.Request request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Started(registrations.register(request)));
    }

    /** {@code {code}}: 201 with the venue and the owner token, this once; never stored by caches along the way. */
    @PostMapping("/{registrationId}/confirm")
    ResponseEntity<ConfirmedVenue> confirm(@PathVariable("registrationId") UUID registrationId,
            @RequestBody CodeRequest request) {
        VenueRegistrations.Confirmed confirmed = registrations.confirm(registrationId, request.code());
        String code = confirmed.venueCode().value();
        return ResponseEntity.created(URI.create("/api/v1/venues/" + code)).cacheControl(CacheControl.noStore())
                .body(new ConfirmedVenue(code, properties.venueUrl(confirmed.venueCode()),
                        properties.posterUrl(confirmed.venueCode()), confirmed.ownerToken()));
    }

    record Started(UUID registrationId) {
    }

    record CodeRequest(String code) {
    }

    /** @param url what the venue's QR encodes (FORMATS.md §2) */
    record ConfirmedVenue(String venueCode, String url, String posterUrl, String ownerToken) {
        @Override
        public String toString() {
            return "ConfirmedVenue[venueCode=" + venueCode + ", ownerToken=(shown once)]";
        }
    }
}
