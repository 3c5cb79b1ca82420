package vn.qrqg.venues.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.qrqg.platform.housekeeping.Housekeeping;

/**
 * Deletes the venues' personal data that is no longer used (Regulation 733): registrations past a
 * day (the owner's name, phone and address, confirmed or not: a confirmed one lives on as the
 * venue), and staff removed more than {@link #REMOVED_STAFF_KEPT_FOR} ago (their name and phone;
 * by then the check-ins and audit records their scanner wrote are gone too), and staff scanners'
 * enrolment links once expired (used or not: an unused one holds a sealed secret). Every ten minutes,
 * in the background, one instance at a time (the deletes are idempotent), whether or not anything new
 * is written.
 */
@Component
class VenueHousekeeping extends Housekeeping {
    static final Duration REMOVED_STAFF_KEPT_FOR = Duration.ofDays(30);
    private static final Duration EVERY = Duration.ofMinutes(10);

    private final RegistrationRepository registrations;
    private final StaffRepository staff;
    private final EnrolmentRepository enrolments;

    VenueHousekeeping(RegistrationRepository registrations, StaffRepository staff, EnrolmentRepository enrolments) {
        super("venues", EVERY);
        this.registrations = registrations;
        this.staff = staff;
        this.enrolments = enrolments;
    }

    /** @return how many registrations, enrolment links and removed staff were deleted */
    int deleteExpired(Instant now) {
        return registrations.deleteBefore(now.minus(VenueRegistrations.KEPT_FOR))
                + enrolments.deleteExpired(now)
                + staff.deleteRemovedBefore(now.minus(REMOVED_STAFF_KEPT_FOR));
    }

    @Override
    protected int housekeep(Instant now) {
        return deleteExpired(now);
    }
}
