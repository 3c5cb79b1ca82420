package vn.qrqg.venues.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.clients.Apps;
import vn.qrqg.codec.image.QrImages;
import vn.qrqg.codec.image.QrMedium;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.secrets.KeySealer;
import vn.qrqg.platform.secrets.SecretTokens;
import vn.qrqg.venues.EnrolmentRefusedException;
import vn.qrqg.venues.EnrolmentRefusedException.Reason;
import vn.qrqg.venues.StaffNotFoundException;
import vn.qrqg.venues.VenuesProperties;

/**
 * One-time enrolment links of staff scanners: the owner shows one (a link, or its QR), the staff
 * member's phone opens it and gets the scanner's credential, so nobody types a 43-character
 * secret. A link's code has 256 random bits, works once, for {@link #VALID_FOR}; the table keeps
 * its SHA-256 and the credential's secret sealed with the code's hash as associated data, dropped
 * when used. The code travels in the URL's fragment, which browsers never send: it reaches the
 * platform only in the body of the redeeming POST.
 */
@Service
class StaffEnrolments {
    static final Duration VALID_FOR = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(StaffEnrolments.class);

    private final EnrolmentRepository enrolments;
    private final StaffRepository staff;
    private final VenueRepository venues;
    private final Apps apps;
    private final KeySealer sealer;
    private final VenuesProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaffEnrolments(EnrolmentRepository enrolments, StaffRepository staff, VenueRepository venues, Apps apps,
            KeySealer sealer, VenuesProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.enrolments = enrolments;
        this.staff = staff;
        this.venues = venues;
        this.apps = apps;
        this.sealer = sealer;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A link to show: its URL (the code in the fragment), when it stops working, and its QR as SVG. */
    record Link(String url, Instant expiresAt, String qrSvg) {
        @Override
        public String toString() {
            return "Link[expiresAt=" + expiresAt + "]"; // never the code
        }
    }

    /** What a used link hands over: the scanner's credential, and whose it is. */
    record Redeemed(String clientId, String clientSecret, String venueCode, String venueName, String staffName) {
        @Override
        public String toString() {
            return "Redeemed[clientId=" + clientId + ", venueCode=" + venueCode + "]";
        }
    }

    /** A link for a staff member whose secret is at hand (just made); replaces any other of theirs. */
    Link issue(UUID staffId, String clientSecret) {
        String code = SecretTokens.generate();
        byte[] hash = SecretTokens.sha256(code);
        Instant expiresAt = clock.instant().plus(VALID_FOR);
        enrolments.replace(hash, staffId, sealer.seal(kid(hash), clientSecret.getBytes(StandardCharsets.UTF_8)),
                expiresAt);
        String url = properties.staffEnrolmentUrl(code);
        return new Link(url, expiresAt, QrImages.svg(url, QrMedium.SCREEN));
    }

    /**
     * A new link for a current staff member: their scanner gets a new secret (the platform keeps
     * only the old one's hash), so a phone signed in with the old one must enrol again.
     *
     * @throws StaffNotFoundException when the venue has no current staff member of this id
     */
    Link renew(VenueCode venue, UUID staffId) {
        Link link = transactions.execute(tx -> {
            StaffRepository.Staff member = staff.find(venue, staffId).filter(found -> found.removedAt() == null)
                    .orElseThrow(() -> new StaffNotFoundException(staffId));
            return issue(staffId, apps.resetVenueScannerSecret(member.appId()));
        });
        LOG.info("Venue {}: staff {} got a new enrolment link", venue, staffId);
        return link;
    }

    /**
     * The credential a link holds, once.
     *
     * @throws EnrolmentRefusedException when the code is unknown, used, expired, or its staff member removed
     */
    Redeemed redeem(String code) {
        if (!SecretTokens.isWellFormed(code)) {
            throw new EnrolmentRefusedException(Reason.NOT_FOUND);
        }
        byte[] hash = SecretTokens.sha256(code);
        Redeemed redeemed = transactions.execute(tx -> {
            EnrolmentRepository.Enrolment enrolment = enrolments.findForUpdate(hash)
                    .orElseThrow(() -> new EnrolmentRefusedException(Reason.NOT_FOUND));
            if (enrolment.redeemedAt() != null) {
                throw new EnrolmentRefusedException(Reason.USED);
            }
            if (!enrolment.expiresAt().isAfter(clock.instant())) {
                throw new EnrolmentRefusedException(Reason.EXPIRED);
            }
            StaffRepository.Staff member = staff.find(enrolment.staffId()).filter(found -> found.removedAt() == null)
                    .orElseThrow(() -> new EnrolmentRefusedException(Reason.NOT_FOUND));
            String secret = new String(sealer.unseal(kid(hash), enrolment.sealedSecret()), StandardCharsets.UTF_8);
            enrolments.markRedeemed(hash);
            String venueName = venues.find(member.venueCode()).map(found -> found.name()).orElse(null);
            return new Redeemed(member.clientId(), secret, member.venueCode().value(), venueName, member.name());
        });
        LOG.info("Venue {}: scanner {} enrolled by its link", redeemed.venueCode(), redeemed.clientId());
        return redeemed;
    }

    /** A staff member removed: their link goes with them. */
    void forget(UUID staffId) {
        enrolments.deleteOf(staffId);
    }

    private static String kid(byte[] codeHash) {
        return "venues-staff-enrolment:" + HexFormat.of().formatHex(codeHash);
    }
}
