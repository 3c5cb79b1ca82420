package vn.qrqg.scanning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.cccd.CccdCard;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.scan.ScanKind;
import vn.qrqg.codec.scan.ScanResult;
import vn.qrqg.dcc.DccDecoder;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.CovidCards;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.passports.DccVerification;
import vn.qrqg.scanning.internal.PeopleInBulk;
import vn.qrqg.scanning.internal.Resolution;
import vn.qrqg.scanning.internal.ScanLookups;
import vn.qrqg.scanning.internal.TrustedClassifier;
import vn.qrqg.venues.Venues;

/**
 * A scanner's scan (DOMAIN.md, "Scanning and check-in"): the codec classifies the text, the
 * platform finds the person (a personal QR must be a text it signed and stored, else its
 * signature is checked: {@link PeopleInBulk#byQrs}), the scanner's {@link ScanScope} decides what
 * it sees, and the audit commits the read before it is answered, whatever the outcome. Every
 * person a credential looks up (a trusted key's QR's QID, a card's number, found or not) counts
 * towards its hourly quota ({@link ScanQuotas}) before the look-up. Thread-safe.
 */
@Service
public class Scans {
    /** Why the audit records a scan. */
    public static final String PURPOSE = "POST /api/v1/scans";
    /** Why the audit records a scan of an EU DCC: no platform person, but what it says was shown. */
    public static final String DCC_PURPOSE = "POST /api/v1/scans (DCC)";

    private final TrustedClassifier classifier;
    private final ScanLookups lookups;
    private final PeopleInBulk peopleInBulk;
    private final AuditTrail audit;
    private final CovidCards covidCards;
    private final Venues venues;
    private final ScanQuotas quotas;
    private final DccVerification dccs;

    Scans(TrustedClassifier classifier, ScanLookups lookups, PeopleInBulk peopleInBulk, AuditTrail audit,
            CovidCards covidCards, Venues venues, ScanQuotas quotas, DccVerification dccs) {
        this.classifier = classifier;
        this.lookups = lookups;
        this.peopleInBulk = peopleInBulk;
        this.audit = audit;
        this.covidCards = covidCards;
        this.venues = venues;
        this.quotas = quotas;
        this.dccs = dccs;
    }

    /**
     * A scanner's own scan, shown as {@code view}: the broadest its scan scopes allow, resolved
     * where the scan was authorised ({@link ScanController}), so not checked again here.
     *
     * @param provinceCode the province whose COVID card rules apply (DOMAIN.md): the scanner's venue's
     *        when the client is a venue's, else this one the scanner is configured with; {@code null}:
     *        the scanned person's residence
     * @throws ScanQuotaExceededException when the client scanned as many other people as an hour allows
     * @throws vn.qrqg.audit.AuditUnavailableException when the audit cannot record it: no answer then
     * @throws vn.qrqg.platform.batching.BatchUnavailableException when the person could not be looked up in time
     */
    ScanAnswer scan(CallingClient client, ScanScope view, String text, String provinceCode) {
        if (text.startsWith(DccDecoder.PREFIX)) {
            return dcc(client, view, text);
        }
        String province = client.venueCode() == null ? provinceCode
                : venues.require(client.venueCode()).provinceCode();
        return scan(client, view, view.scope(), PURPOSE, text, province).answer();
    }

    /**
     * A scan made through another capability's endpoint (a staff check-in): shown as {@code view},
     * audited under {@code scope} and {@code purpose}, with the person's key for the caller's records.
     *
     * @param provinceCode whose COVID card rules apply, as in {@link #scan(CallingClient, ScanScope, String, String)}
     * @throws ScanQuotaExceededException when the client scanned as many other people as an hour allows
     * @throws vn.qrqg.audit.AuditUnavailableException when the audit cannot record it: no answer then
     * @throws vn.qrqg.platform.batching.BatchUnavailableException when the person could not be looked up in time
     */
    public Identification scan(CallingClient client, ScanScope view, String scope, String purpose, String text,
            String provinceCode) {
        ScanResult result = classifier.classify(text);
        // the card is evaluated from the records: read once for a view that shows both
        boolean withRecords = view.showsCovidCard() || view.showsHealthRecords();
        boolean withInsurance = view.showsInsuranceCard();
        return switch (result) {
            case ScanResult.Personal personal when personal.outcome() == ScanOutcome.VALID -> {
                quotas.charge(client, List.of(personOf(personal.qr())));
                yield found(client, view, scope, purpose, ScanKind.PERSONAL, lookups.byQr(personal.qr(), withRecords, withInsurance),
                        provinceCode);
            }
            case ScanResult.CccdCardScan card -> {
                quotas.charge(client, List.of(personOf(card.card())));
                yield found(client, view, scope, purpose, ScanKind.CCCD_CARD, lookups.byCard(card.card(), withRecords, withInsurance),
                        provinceCode);
            }
            default -> {
                ScanAnswer answer = unidentified(result);
                audit.record(AuditEntry.of(client, scope, purpose, null, null, List.of(), answer.outcome().name()));
                yield new Identification(answer, null, null);
            }
        };
    }

    /**
     * Who each text identifies, in order, for a batch that records check-ins and shows nobody:
     * no view, so no audit here (the caller audits what it answers). Each distinct text is
     * classified and looked up once; the people are found in a few queries for the whole batch, once they all
     * fitted in the scanner's hourly quota.
     *
     * @throws ScanQuotaExceededException when the people new this hour do not all fit: nobody was
     *         looked up, and the caller must store nothing
     */
    public List<Identification> identifyAll(CallingClient scanner, List<String> texts) {
        Map<String, ScanResult> results = new HashMap<>();
        texts.forEach(text -> results.computeIfAbsent(text, classifier::classify));
        List<String> qrTexts = new ArrayList<>();
        List<PersonalQr> qrs = new ArrayList<>();
        List<String> cardTexts = new ArrayList<>();
        List<CccdCard> cards = new ArrayList<>();
        results.forEach((text, result) -> {
            if (result instanceof ScanResult.Personal personal && personal.outcome() == ScanOutcome.VALID) {
                qrTexts.add(text);
                qrs.add(personal.qr());
            } else if (result instanceof ScanResult.CccdCardScan card) {
                cardTexts.add(text);
                cards.add(card.card());
            }
        });
        List<String> people = new ArrayList<>(qrs.size() + cards.size());
        qrs.forEach(qr -> people.add(personOf(qr)));
        cards.forEach(card -> people.add(personOf(card)));
        quotas.charge(scanner, people);
        Map<String, Identification> identified = new HashMap<>();
        List<Resolution> byQr = peopleInBulk.byQrs(qrs);
        for (int i = 0; i < qrTexts.size(); i++) {
            identified.put(qrTexts.get(i), identification(ScanKind.PERSONAL, byQr.get(i)));
        }
        List<Resolution> byCard = peopleInBulk.byCards(cards);
        for (int i = 0; i < cardTexts.size(); i++) {
            identified.put(cardTexts.get(i), identification(ScanKind.CCCD_CARD, byCard.get(i)));
        }
        return texts.stream().map(text -> identified.computeIfAbsent(text,
                unread -> new Identification(unidentified(results.get(unread)), null, null))).toList();
    }

    /**
     * People a capability recorded by their key (QID, or document number without one), as a
     * venue's scanner sees them, by key; people no longer found are left out. Their COVID card is
     * not looked up ({@code null}): this is who came, not a scan at the door. Not audited here: the
     * caller audits what it answers, as {@link ScanScope#VENUE}'s fields.
     */
    public Map<String, VenueScanView> presentToVenue(Collection<String> people) {
        Map<String, VenueScanView> shown = new LinkedHashMap<>();
        peopleInBulk.byKeys(people).forEach((key, person) -> shown.put(key, VenueScanView.of(person.registered(), null)));
        return shown;
    }

    /**
     * An {@code HC1:} text, less the line ending a scanner may add: verified, shown as the scope
     * allows, audited before it is answered. No person is looked up (a DCC names someone the
     * platform may not know), so no quota is charged.
     */
    private ScanAnswer dcc(CallingClient client, ScanScope view, String text) {
        String read = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        ScanAnswer answer = DccAnswers.of(dccs.verify(read), view);
        audit.record(AuditEntry.of(client, view.scope(), DCC_PURPOSE, null, null, answer.dcc() == null ? List.of()
                : view == ScanScope.VENUE ? DccAnswers.VENUE_FIELDS
                : view == ScanScope.HEALTH ? DccAnswers.HEALTH_FIELDS : DccAnswers.POLICE_FIELDS,
                answer.outcome().name()));
        return answer;
    }

    private Identification found(CallingClient client, ScanScope view, String scope, String purpose, ScanKind format,
            ScanLookups.Found found, String provinceCode) {
        Resolution resolution = found.resolution();
        if (resolution.person() == null) {
            audit.record(AuditEntry.of(client, scope, purpose, null, null, List.of(), resolution.outcome().name()));
            return new Identification(ScanAnswer.of(resolution.outcome(), format, null), null, null);
        }
        ScannedPerson scanned = resolution.person();
        PersonHealthRecords records = found.records();
        CovidCard card = view.showsCovidCard()
                ? covidCards.evaluate(scanned.registered(), scanned.qid(), records, provinceCode) : null;
        ScanView person = view.present(scanned, card, view.showsHealthRecords() ? records : null,
                found.insuranceCard());
        audit.record(AuditEntry.of(client, scope, purpose, scanned.qid(), resolution.documentNumber(),
                view.fields(), resolution.outcome().name()));
        return new Identification(ScanAnswer.of(resolution.outcome(), format, person), resolution.person().qid(),
                resolution.documentNumber());
    }

    private static Identification identification(ScanKind format, Resolution resolution) {
        return resolution.person() == null
                ? new Identification(ScanAnswer.of(resolution.outcome(), format, null), null, null)
                : new Identification(ScanAnswer.of(resolution.outcome(), format, null), resolution.person().qid(),
                        resolution.documentNumber());
    }

    /** Whom a QR is about, for the quota: its QID, whether or not anyone holds it. */
    private static String personOf(PersonalQr qr) {
        return "QID " + qr.qid().value();
    }

    /** Whom a card is about, for the quota: its number, whether or not the registry holds it. */
    private static String personOf(CccdCard card) {
        return "CCCD " + card.cccdNumber();
    }

    /**
     * The answer to a text that identifies nobody before any look-up of a person: its outcome, and
     * why. A venue's QR is no person, but a poster held up by mistake is said to be one, and whose
     * ({@code VENUE}), so that the scanner's operator does not look for a person; a venue code of no
     * venue is {@code NOT_FOUND}.
     */
    private ScanAnswer unidentified(ScanResult result) {
        return switch (result) {
            case ScanResult.Personal personal -> ScanAnswer.of(personal.outcome(), ScanKind.PERSONAL, null);
            case ScanResult.Venue venue -> venues.find(venue.code())
                    .map(found -> ScanAnswer.ofVenue(new ScanAnswer.ScannedVenue(found.code().value(), found.name())))
                    .orElseGet(() -> ScanAnswer.of(ScanOutcome.NOT_FOUND, ScanKind.VENUE, null));
            case ScanResult.Malformed malformed -> new ScanAnswer(ScanOutcome.MALFORMED, malformed.kind(), null,
                    malformed.field(), malformed.problem().name(), malformed.error().detail(), null, null);
            case ScanResult.Unsupported unsupported -> new ScanAnswer(ScanOutcome.UNSUPPORTED, ScanKind.UNKNOWN, null,
                    null, null, unsupported.reason(), null, null);
            case ScanResult.CccdCardScan card -> throw new IllegalStateException("a card is looked up");
        };
    }
}
