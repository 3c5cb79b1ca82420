package vn.qrqg.venues.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A staff scanner's phone redeems its one-time enrolment link. Public: the code is the
 * credential (256 random bits, once, 15 minutes), and it comes in the body, never in a URL.
 */
@RestController
class EnrolmentController {
    static final String PATH = "/api/v1/venues/staff/enrolment";

    private final StaffEnrolments enrolments;

    EnrolmentController(StaffEnrolments enrolments) {
        this.enrolments = enrolments;
    }

    /** {@code {code}}: 200 with the scanner's credential and whose it is; 404 or 410 otherwise. */
    @PostMapping(PATH)
    ResponseEntity<Enrolled> redeem(@RequestBody Redeem request) {
        StaffEnrolments.Redeemed redeemed = enrolments.redeem(request == null ? null : request.code());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Enrolled(redeemed.clientId(), redeemed.clientSecret(), vn.qrqg.clients.Scopes.CHECKIN_VENUE,
                        redeemed.venueCode(), redeemed.venueName(), redeemed.staffName()));
    }

    record Redeem(String code) {
        @Override
        public String toString() {
            return "Redeem[code=(secret)]";
        }
    }

    record Enrolled(String clientId, String clientSecret, String scope, String venueCode, String venueName,
            String staffName) {
        @Override
        public String toString() {
            return "Enrolled[clientId=" + clientId + ", clientSecret=(shown once)]";
        }
    }
}
