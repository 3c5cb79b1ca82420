package vn.qrqg.scanning;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.scan.ScanKind;
import vn.qrqg.codec.scan.ScanResult;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.CovidCards;
import vn.qrqg.health.HealthRecords;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.scanning.internal.ScannedPeople;
import vn.qrqg.scanning.internal.ScannedPeople.Resolution;
import vn.qrqg.scanning.internal.TrustedClassifier;

/**
 * A scanner's scan (DOMAIN.md, "Scanning and check-in"): the codec classifies and verifies the
 * text, the platform finds the person, the scanner's {@link ScanView} decides what it sees, and
 * the audit commits the read before it is answered, whatever the outcome. Thread-safe.
 */
@Service
public class Scans {
    /** Why the audit records a scan. */
    public static final String PURPOSE = "POST /api/v1/scans";

    private final TrustedClassifier classifier;
    private final ScannedPeople people;
    private final AuditTrail audit;
    private final CovidCards covidCards;
    private final HealthRecords healthRecords;

    Scans(TrustedClassifier classifier, ScannedPeople people, AuditTrail audit, CovidCards covidCards,
            HealthRecords healthRecords) {
        this.classifier = classifier;
        this.people = people;
        this.audit = audit;
        this.covidCards = covidCards;
        this.healthRecords = healthRecords;
    }

    /**
     * A scan whose COVID card follows the rules of the scanned person's province of residence:
     * scanners have no venue or configured province yet.
     *
     * @see #scan(CallingClient, String, String)
     */
    public ScanAnswer scan(CallingClient client, String text) {
        return scan(client, text, null);
    }

    /**
     * @param provinceCode the province whose COVID card rules apply: the scanner's venue's or its
     *        configured province (DOMAIN.md); {@code null}: the scanned person's residence
     * @throws AccessDeniedException when the client holds no scan scope
     * @throws vn.qrqg.audit.AuditUnavailableException when the audit cannot record it: no answer then
     */
    public ScanAnswer scan(CallingClient client, String text, String provinceCode) {
        ScanView view = ScanView.broadestOf(client.scopes())
                .orElseThrow(() -> new AccessDeniedException("no scan scope"));
        ScanResult result = classifier.classify(text);
        return switch (result) {
            case ScanResult.Personal personal when personal.outcome() == ScanOutcome.VALID ->
                    found(client, view, ScanKind.PERSONAL, people.byQr(personal.qr()), provinceCode);
            case ScanResult.Personal personal -> nobody(client, view, personal.outcome(), ScanKind.PERSONAL, null);
            case ScanResult.CccdCardScan card -> found(client, view, ScanKind.CCCD_CARD, people.byCard(card.card()),
                    provinceCode);
            // venues arrive with their own capability: until then, no venue exists
            case ScanResult.Venue venue -> nobody(client, view, ScanOutcome.NOT_FOUND, ScanKind.VENUE, null);
            case ScanResult.Malformed malformed -> nobody(client, view, ScanOutcome.MALFORMED, malformed.kind(),
                    new ScanAnswer(ScanOutcome.MALFORMED, malformed.kind(), null, malformed.field(),
                            malformed.problem().name(), malformed.error().detail()));
            case ScanResult.Unsupported unsupported -> nobody(client, view, ScanOutcome.UNSUPPORTED, ScanKind.UNKNOWN,
                    new ScanAnswer(ScanOutcome.UNSUPPORTED, ScanKind.UNKNOWN, null, null, null, unsupported.reason()));
        };
    }

    private ScanAnswer found(CallingClient client, ScanView view, ScanKind format, Resolution resolution,
            String provinceCode) {
        if (resolution.person() == null) {
            return nobody(client, view, resolution.outcome(), format, null);
        }
        ScannedPerson scanned = resolution.person();
        CovidCard card = view.shows("covidCard") ? covidCards.evaluate(scanned.registered(), provinceCode) : null;
        PersonHealthRecords records = view.shows("healthRecords") ? healthRecords.of(scanned.registered()) : null;
        Map<String, Object> person = view.present(scanned, card, records);
        audit.record(AuditEntry.of(client, view.scope(), PURPOSE, resolution.person().qid(),
                resolution.documentNumber(), List.copyOf(person.keySet()), resolution.outcome().name()));
        return ScanAnswer.of(resolution.outcome(), format, person);
    }

    /** A scan that identified nobody: audited with no person and no fields. */
    private ScanAnswer nobody(CallingClient client, ScanView view, ScanOutcome outcome, ScanKind format,
            ScanAnswer answer) {
        audit.record(AuditEntry.of(client, view.scope(), PURPOSE, null, null, List.of(), outcome.name()));
        return answer == null ? ScanAnswer.of(outcome, format, null) : answer;
    }
}
