package vn.qrqg.scanning.internal;

import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.cccd.CccdCard;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.scanning.ScannedPerson;

/**
 * Finds the person behind a verified personal QR (by QID, among the QRs the platform issued) or
 * a CCCD card (by its number, in the population registry: the printed name is never trusted).
 * Two indexed queries: the issued QRs, then the registry.
 */
public final class ScannedPeople {

    /**
     * What a scan resolved to.
     *
     * @param person the person identified, or {@code null}
     * @param documentNumber the registry document number of a person without a QID, for the audit
     */
    public record Resolution(ScanOutcome outcome, ScannedPerson person, String documentNumber) {

        static Resolution notFound() {
            return new Resolution(ScanOutcome.NOT_FOUND, null, null);
        }

        static Resolution found(ScanOutcome outcome, String qid, RegisteredPerson person, String newestFullText) {
            String phone;
            String insuranceNumber;
            if (newestFullText != null) {
                // what the person declared last, as the platform signed it
                PersonalQr newest = PersonalQr.parse(newestFullText);
                phone = emptyToNull(newest.phone());
                insuranceNumber = emptyToNull(newest.insuranceNumber());
            } else {
                phone = person.phone();
                insuranceNumber = person.insuranceNumber();
            }
            return new Resolution(outcome, new ScannedPerson(qid, person, phone, insuranceNumber),
                    qid == null ? person.documentNumber() : null);
        }
    }

    private final IssuedQrs issuedQrs;
    private final PopulationRegistry registry;

    public ScannedPeople(IssuedQrs issuedQrs, PopulationRegistry registry) {
        this.issuedQrs = issuedQrs;
        this.registry = registry;
    }

    /**
     * A QR whose signature verified: {@code VALID} when it is the person's newest QR,
     * {@code SUPERSEDED} when an older one, {@code NOT_FOUND} when the platform never issued it.
     */
    public Resolution byQr(PersonalQr qr) {
        IssuedQrs.Scanned scanned = issuedQrs.find(qr.qid().value(), qr.text()).orElse(null);
        if (scanned == null || !scanned.isIssued()) {
            return Resolution.notFound();
        }
        IssuedQrs.Holder holder = scanned.holder();
        RegisteredPerson person = registry.findByDocumentNumber(holder.documentNumber()).orElse(null);
        if (person == null) {
            return Resolution.notFound(); // no longer in the registry: nobody to show
        }
        return Resolution.found(scanned.superseded() ? ScanOutcome.SUPERSEDED : ScanOutcome.VALID, holder.qid(),
                person, holder.newestFullText());
    }

    /** A CCCD card: {@code VALID} with the registry's person holding its number, else {@code NOT_FOUND}. */
    public Resolution byCard(CccdCard card) {
        RegisteredPerson person = registry.findByDocumentNumber(card.cccdNumber()).orElse(null);
        if (person == null) {
            return Resolution.notFound();
        }
        IssuedQrs.Holder holder = issuedQrs.findByDocumentNumber(person.documentNumber()).orElse(null);
        return holder == null ? Resolution.found(ScanOutcome.VALID, null, person, null)
                : Resolution.found(ScanOutcome.VALID, holder.qid(), person, holder.newestFullText());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
