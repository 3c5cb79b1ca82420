package vn.qrqg.portal.internal;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * A venue's public facts for the {@code /v/{code}} page and the check-in confirmation: the API's
 * {@code GET /api/v1/venues/{venueCode}} (name, type, address, commune and province names), or its 404.
 */
@RestController
class VenueFactsController {
    private final LoopbackApi api;

    VenueFactsController(LoopbackApi api) {
        this.api = api;
    }

    @GetMapping("/portal/api/venues/{venueCode}")
    ResponseEntity<byte[]> venue(@PathVariable("venueCode") String venueCode) {
        return Forwarded.of(api.call(HttpMethod.GET, "/api/v1/venues/" + UriUtils.encodePathSegment(venueCode,
                java.nio.charset.StandardCharsets.UTF_8), null, (byte[]) null));
    }
}
