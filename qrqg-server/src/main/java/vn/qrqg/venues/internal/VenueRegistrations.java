package vn.qrqg.venues.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.sms.OneTimeCodes;
import vn.qrqg.sms.SmsGateway;
import vn.qrqg.venues.ConfirmationRefusedException;
import vn.qrqg.venues.ConfirmationRefusedException.Reason;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.venues.RegistrationNotFoundException;
import vn.qrqg.venues.TooManyRegistrationsException;
import vn.qrqg.venues.VenuesProperties;

/**
 * An owner registers a venue: the details are checked, a 6-digit code goes to the owner's
 * phone, and the right code, in time and within the attempts, makes the venue and its owner
 * token. Neither code nor token is stored, only their hashes; neither reaches a log.
 */
@Service
class VenueRegistrations {
    /** Registrations hold personal data and mean nothing once their code expired: none lives past a day ({@link VenueHousekeeping}). */
    static final Duration KEPT_FOR = Duration.ofDays(1);
    static final Duration PHONE_WINDOW = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(VenueRegistrations.class);

    private final RegistrationRepository registrations;
    private final VenueRepository venues;
    private final AdministrativeAreas areas;
    private final SmsGateway sms;
    private final VenuesProperties properties;
    private final TransactionTemplate transactions;

    VenueRegistrations(RegistrationRepository registrations, VenueRepository venues, AdministrativeAreas areas,
            SmsGateway sms, VenuesProperties properties, PlatformTransactionManager transactionManager) {
        this.registrations = registrations;
        this.venues = venues;
        this.areas = areas;
        this.sms = sms;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The owner's venue and their token, shown this once. */
    record Confirmed(VenueCode venueCode, String ownerToken) {
        @Override
        public String toString() {
            return "Confirmed[venueCode=" + venueCode + ", ownerToken=(shown once)]";
        }
    }

    /**
     * @throws InvalidFieldException naming every bad field
     * @throws TooManyRegistrationsException when the phone started too many in the last hour
     * @throws vn.qrqg.sms.SmsUnavailableException when the code cannot be sent (nothing is kept then)
     */
    UUID register(VenueDetails.Request request) {
        VenueDetails details = VenueDetails.of(request, areas);
        UUID id = UUID.randomUUID();
        String code = OneTimeCodes.newCode();
        Instant now = Instant.now();
        transactions.executeWithoutResult(tx -> {
            var recent = registrations.lockAndCountSince(details.ownerPhone().value(), now.minus(PHONE_WINDOW));
            if (recent.count() >= properties.registrationsPerPhonePerHour()) {
                throw new TooManyRegistrationsException(OneTimeCodes.retryAfter(recent.oldest(), PHONE_WINDOW, now));
            }
            registrations.insert(id, details, OneTimeCodes.hash(id, code), now.plus(properties.codeValidity()));
        });
        try {
            sms.send(details.ownerPhone(), message(code));
        } catch (RuntimeException e) {
            registrations.delete(id); // no code reached the owner: nothing to confirm, nothing counted
            throw e;
        }
        LOG.info("Venue registration {} started, code sent", id);
        return id;
    }

    /**
     * @throws InvalidFieldException when {@code code} is not 6 digits (no attempt is counted)
     * @throws RegistrationNotFoundException when there is no such registration (any more)
     * @throws ConfirmationRefusedException for a wrong or expired code, too many attempts, or a
     *         registration confirmed already; a wrong code is counted before this is thrown
     */
    Confirmed confirm(UUID registrationId, String code) {
        if (!OneTimeCodes.isCodeShaped(code)) {
            throw new InvalidFieldException("code", "must be the 6 digits sent by SMS");
        }
        Instant now = Instant.now();
        // a refusal is returned, not thrown, so that the counted attempt commits
        Object outcome = transactions.execute(tx -> {
            var registration = registrations.findForUpdate(registrationId)
                    .orElseThrow(() -> new RegistrationNotFoundException(registrationId));
            switch (registration.status()) {
                case "CONFIRMED" -> {
                    return new ConfirmationRefusedException(Reason.ALREADY_CONFIRMED, 0);
                }
                case "CLOSED" -> {
                    return new ConfirmationRefusedException(Reason.TOO_MANY_ATTEMPTS, 0);
                }
                default -> {
                    // PENDING
                }
            }
            OneTimeCodes.Check check = OneTimeCodes.check(new OneTimeCodes.Pending(registrationId,
                    registration.codeHash(), registration.codeExpiresAt(), registration.failedAttempts()), code, now,
                    properties.maxCodeAttempts());
            if (check.countsAsWrong()) {
                registrations.recordWrongCode(registrationId, check.outcome() == OneTimeCodes.Outcome.TOO_MANY_ATTEMPTS);
            }
            switch (check.outcome()) {
                case CODE_EXPIRED -> {
                    return new ConfirmationRefusedException(Reason.CODE_EXPIRED, 0);
                }
                case TOO_MANY_ATTEMPTS -> {
                    return new ConfirmationRefusedException(Reason.TOO_MANY_ATTEMPTS, 0);
                }
                case WRONG_CODE -> {
                    return new ConfirmationRefusedException(Reason.WRONG_CODE, check.attemptsLeft());
                }
                case ACCEPTED -> {
                    // go on: make the venue
                }
            }
            String token = Secrets.newOwnerToken();
            VenueCode venue = VenueCode.generate();
            // 40 random bits: a collision is rare even with millions of venues; draw again then
            while (!venues.insert(venue, registration, Secrets.ownerTokenHash(token))) {
                venue = VenueCode.generate();
            }
            registrations.markConfirmed(registrationId, venue);
            return new Confirmed(venue, token);
        });
        if (outcome instanceof ConfirmationRefusedException refused) {
            LOG.info("Venue registration {}: code refused ({})", registrationId, refused.reason());
            throw refused;
        }
        Confirmed confirmed = (Confirmed) outcome;
        LOG.info("Venue {} registered (registration {})", confirmed.venueCode(), registrationId);
        return confirmed;
    }

    /** GSM-7 only (Vietnamese without diacritics, then English), so that it fits one SMS. */
    private String message(String code) {
        long minutes = Math.max(1, properties.codeValidity().toMinutes());
        return "QRQG: ma xac nhan dang ky dia diem " + code + ", het han sau " + minutes + " phut. Khong dua ma cho ai. "
                + "Venue registration code, valid " + minutes + " min; do not share it.";
    }
}
