package vn.qrqg.venues.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.venues.Venues;

/**
 * The owner's staff scanners. Only the venue's owner token reaches here: {@link VenuesSecurity}
 * checks it, and that it is this venue's, before any of this runs.
 */
@RestController
@RequestMapping("/api/v1/venues/{venueCode}/staff")
class StaffController {
    private final VenueStaff staff;
    private final StaffEnrolments enrolments;

    StaffController(VenueStaff staff, StaffEnrolments enrolments) {
        this.staff = staff;
        this.enrolments = enrolments;
    }

    @GetMapping
    ResponseEntity<List<StaffView>> list(@PathVariable("venueCode") String venueCode) {
        VenueCode venue = Venues.parseCode("venueCode", venueCode);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(staff.list(venue).stream().map(StaffView::of).toList());
    }

    /** {@code {name, phone}}: 201 with the scanner's credential, the secret this once. */
    @PostMapping
    ResponseEntity<AddedStaff> add(@PathVariable("venueCode") String venueCode, @RequestBody VenueStaff.StaffRequest request) {
        VenueCode venue = Venues.parseCode("venueCode", venueCode);
        VenueStaff.Added added = staff.add(venue, request);
        return ResponseEntity.created(URI.create("/api/v1/venues/" + venue.value() + "/staff/" + added.staffId()))
                .cacheControl(CacheControl.noStore())
                .body(new AddedStaff(added.staffId(), added.clientId(), added.clientSecret(), added.enrolment().url(),
                        added.enrolment().expiresAt(), added.enrolment().qrSvg()));
    }

    /**
     * A new one-time enrolment link for a current staff member (the previous one stops working):
     * their scanner gets a new secret, which the link hands over.
     */
    @PostMapping("/{staffId}/enrolment")
    ResponseEntity<NewEnrolment> enrolment(@PathVariable("venueCode") String venueCode,
            @PathVariable("staffId") UUID staffId) {
        StaffEnrolments.Link link = enrolments.renew(Venues.parseCode("venueCode", venueCode), staffId);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new NewEnrolment(staffId, link.url(), link.expiresAt(), link.qrSvg()));
    }

    /** 204; the scanner's tokens are refused from their next call on. */
    @DeleteMapping("/{staffId}")
    ResponseEntity<Void> remove(@PathVariable("venueCode") String venueCode, @PathVariable("staffId") UUID staffId) {
        staff.remove(Venues.parseCode("venueCode", venueCode), staffId);
        return ResponseEntity.noContent().build();
    }

    /** @param enrolmentUrl the one-time link that hands the credential to the staff member's phone; its QR as SVG */
    record AddedStaff(UUID staffId, String clientId, String clientSecret, String enrolmentUrl,
            Instant enrolmentExpiresAt, String enrolmentQrSvg) {
        @Override
        public String toString() {
            return "AddedStaff[staffId=" + staffId + ", clientId=" + clientId + ", clientSecret=(shown once)]";
        }
    }

    record NewEnrolment(UUID staffId, String enrolmentUrl, Instant enrolmentExpiresAt, String enrolmentQrSvg) {
        @Override
        public String toString() {
            return "NewEnrolment[staffId=" + staffId + "]";
        }
    }

    /** @param phone masked as FORMATS.md masks a phone: the owner typed it, nobody needs it back */
    record StaffView(UUID staffId, String name, String phone, String clientId, Instant addedAt) {
        static StaffView of(StaffRepository.Staff member) {
            return new StaffView(member.staffId(), member.name(), new PhoneNumber(member.phone()).masked(),
                    member.clientId(), member.createdAt());
        }
    }
}
