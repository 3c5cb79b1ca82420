package vn.qrqg.venues.internal;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * Whose a staff scanner is: its venue and staff member, for the scanner page's header (the
 * client id says nothing to the person holding the phone). The staff member's name is the
 * owner's to know and the scanner's own holder's: no phone, nothing else.
 */
@RestController
class StaffSelfController {
    private final StaffRepository staff;
    private final VenueRepository venues;

    StaffSelfController(StaffRepository staff, VenueRepository venues) {
        this.staff = staff;
        this.venues = venues;
    }

    @RequiresScope(Scopes.CHECKIN_VENUE)
    @GetMapping("/api/v1/venues/staff/me")
    ResponseEntity<Me> me(@AuthenticationPrincipal CallingClient scanner) {
        StaffRepository.Staff member = staff.findCurrentByApp(scanner.appId())
                .orElseThrow(NoStaffScannerException::new);
        String venueName = venues.find(member.venueCode()).map(venue -> venue.name()).orElse(null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Me(member.staffId(), member.name(), member.venueCode().value(), venueName, member.clientId()));
    }

    record Me(UUID staffId, String staffName, String venueCode, String venueName, String clientId) {
    }

    /** A {@code checkin:venue} token that is no current staff member's (removed a moment ago). */
    static final class NoStaffScannerException extends ProblemException {
        private static final long serialVersionUID = 1L;

        NoStaffScannerException() {
            super(ProblemType.NOT_THIS_VENUE, "This scanner is no current staff member's.",
                    "a checkin:venue token of no current staff member");
        }
    }
}
