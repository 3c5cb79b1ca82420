package vn.qrqg.venues.internal;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.VenueStatus;
import vn.qrqg.venues.Venues;

/**
 * {@code POST /api/v1/admin/venues/{venueCode}/status} {@code {status}}: an operator suspends a
 * venue (no check-ins are recorded there) or makes it active again. Scope admin, as everything
 * under {@code /api/v1/admin/}.
 */
@RestController
class VenueAdminController {
    private final Venues venues;

    VenueAdminController(Venues venues) {
        this.venues = venues;
    }

    @PostMapping("/api/v1/admin/venues/{venueCode}/status")
    StatusView changeStatus(@PathVariable("venueCode") String venueCode,
            @RequestBody(required = false) StatusRequest request) {
        VenueStatus status = request == null || request.status() == null ? null
                : Arrays.stream(VenueStatus.values())
                        .filter(value -> value.name().equals(request.status().strip().toUpperCase(Locale.ROOT)))
                        .findFirst().orElse(null);
        if (status == null) {
            throw new InvalidFieldException("status", "must be ACTIVE or SUSPENDED");
        }
        Venue venue = venues.changeStatus(Venues.parseCode("venueCode", venueCode), status);
        return new StatusView(venue.code().value(), venue.status().name());
    }

    record StatusRequest(String status) {
    }

    record StatusView(String venueCode, String status) {
    }
}
