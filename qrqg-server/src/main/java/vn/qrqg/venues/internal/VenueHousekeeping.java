package vn.qrqg.venues.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Deletes the venues' personal data that is no longer used (Regulation 733): registrations past a
 * day (the owner's name, phone and address, confirmed or not: a confirmed one lives on as the
 * venue), and staff removed more than {@link #REMOVED_STAFF_KEPT_FOR} ago (their name and phone;
 * by then the check-ins and audit records their scanner wrote are gone too). Every ten minutes,
 * in the background, on every instance (the deletes are idempotent), whether or not anything new
 * is written.
 */
@Component
class VenueHousekeeping implements SmartLifecycle {
    static final Duration REMOVED_STAFF_KEPT_FOR = Duration.ofDays(30);
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(VenueHousekeeping.class);

    private final RegistrationRepository registrations;
    private final StaffRepository staff;
    private ScheduledExecutorService runs;

    VenueHousekeeping(RegistrationRepository registrations, StaffRepository staff) {
        this.registrations = registrations;
        this.staff = staff;
    }

    /** @return how many registrations and removed staff were deleted */
    int deleteExpired(Instant now) {
        return registrations.deleteBefore(now.minus(VenueRegistrations.KEPT_FOR))
                + staff.deleteRemovedBefore(now.minus(REMOVED_STAFF_KEPT_FOR));
    }

    @Override
    public synchronized void start() {
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("venues-housekeeping")
                .factory());
        runs.scheduleWithFixedDelay(this::deleteExpiredAndLog, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (runs != null) {
            runs.shutdownNow();
            runs = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return runs != null;
    }

    private void deleteExpiredAndLog() {
        try {
            deleteExpired(Instant.now());
        } catch (RuntimeException e) {
            // the next run tries again; the exception's type only: its message may quote SQL values
            LOG.warn("Venue housekeeping failed ({}); trying again in {}", e.getClass().getSimpleName(), EVERY);
        }
    }
}
