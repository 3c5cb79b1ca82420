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

    StaffController(VenueStaff staff) {
        this.staff = staff;
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
                .body(new AddedStaff(added.staffId(), added.clientId(), added.clientSecret()));
    }

    /** 204; the scanner's tokens are refused from their next call on. */
    @DeleteMapping("/{staffId}")
    ResponseEntity<Void> remove(@PathVariable("venueCode") String venueCode, @PathVariable("staffId") UUID staffId) {
        staff.remove(Venues.parseCode("venueCode", venueCode), staffId);
        return ResponseEntity.noContent().build();
    }

    record AddedStaff(UUID staffId, String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "AddedStaff[staffId=" + staffId + ", clientId=" + clientId + ", clientSecret=(shown once)]";
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
