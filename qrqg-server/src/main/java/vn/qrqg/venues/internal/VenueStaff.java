package vn.qrqg.venues.internal;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.clients.AppStatus;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.RegisteredApp;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.sms.MobileNumber;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.venues.StaffNotFoundException;
import vn.qrqg.venues.TooManyStaffException;
import vn.qrqg.venues.VenueNotFoundException;
import vn.qrqg.venues.VenuesProperties;

/**
 * A venue's staff: each gets a scanner credential of the clients capability, bound to the
 * venue, scope {@code checkin:venue}; removing them revokes it at once.
 */
@Service
class VenueStaff {
    static final int MAX_NAME = 100;
    private static final Logger LOG = LoggerFactory.getLogger(VenueStaff.class);

    private final StaffRepository staff;
    private final VenueRepository venues;
    private final Apps apps;
    private final VenuesProperties properties;
    private final StaffEnrolments enrolments;
    private final TransactionTemplate transactions;

    VenueStaff(StaffRepository staff, VenueRepository venues, Apps apps, VenuesProperties properties,
            StaffEnrolments enrolments, PlatformTransactionManager transactionManager) {
        this.staff = staff;
        this.enrolments = enrolments;
        this.venues = venues;
        this.apps = apps;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A new staff member and their credential; the secret is shown this once, and held by the enrolment link. */
    record Added(UUID staffId, String clientId, String clientSecret, StaffEnrolments.Link enrolment) {
        @Override
        public String toString() {
            return "Added[staffId=" + staffId + ", clientId=" + clientId + ", clientSecret=(shown once)]";
        }
    }

    /** {@code POST /api/v1/venues/{venueCode}/staff}' body. */
    record StaffRequest(@NotBlank(message = VenueDetails.REQUIRED) String name,
            @NotBlank(message = VenueDetails.REQUIRED) @MobileNumber String phone) {
    }

    /**
     * @throws InvalidFieldException naming {@code name} or {@code phone}
     * @throws TooManyStaffException when the venue holds as many as it may
     */
    Added add(VenueCode venue, StaffRequest request) {
        FieldErrors errors = FieldErrors.of(request);
        String checkedName = VenueTexts.text(errors, "name", request.name(), MAX_NAME);
        errors.throwIfAny();
        PhoneNumber checkedPhone = PhoneNumber.parse(request.phone()).orElseThrow();
        Added added = transactions.execute(tx -> {
            venues.findForUpdate(venue).orElseThrow(() -> new VenueNotFoundException(venue)); // staff one at a time
            if (staff.countCurrent(venue) >= properties.maxStaffPerVenue()) {
                throw new TooManyStaffException(properties.maxStaffPerVenue());
            }
            UUID staffId = UUID.randomUUID();
            // the credential's name is logged and seen by operators: never the person's name
            RegisteredApp credential = apps.registerVenueScanner(venue, "Staff scanner " + staffId);
            staff.insert(staffId, venue, checkedName, checkedPhone.value(), credential.app().appId(),
                    credential.app().clientId());
            return new Added(staffId, credential.app().clientId(), credential.clientSecret(),
                    enrolments.issue(staffId, credential.clientSecret()));
        });
        LOG.info("Venue {}: staff {} added with scanner {}", venue, added.staffId(), added.clientId());
        return added;
    }

    /**
     * Revokes the credential first (its tokens are refused from the next call on), then marks
     * the staff member removed. Removing one removed already changes nothing.
     *
     * @throws StaffNotFoundException when the venue has no staff member of this id
     */
    void remove(VenueCode venue, UUID staffId) {
        StaffRepository.Staff member = staff.find(venue, staffId).orElseThrow(() -> new StaffNotFoundException(staffId));
        if (member.removedAt() == null) {
            apps.changeStatus(member.appId(), AppStatus.REVOKED);
            staff.markRemoved(staffId);
            enrolments.forget(staffId);
            LOG.info("Venue {}: staff {} removed, scanner {} revoked", venue, staffId, member.clientId());
        }
    }

    List<StaffRepository.Staff> list(VenueCode venue) {
        return staff.listCurrent(venue);
    }
}
