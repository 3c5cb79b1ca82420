package vn.qrqg.scanning.internal;

import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.scanning.ScannedPerson;

/**
 * What a scan resolved to.
 *
 * @param person the person identified, or {@code null}
 * @param documentNumber the registry document number of a person without a QID, for the audit
 */
public record Resolution(ScanOutcome outcome, ScannedPerson person, String documentNumber) {

    static Resolution notFound() {
        return refused(ScanOutcome.NOT_FOUND);
    }

    /** Nobody, for this reason (e.g. {@code INVALID_SIGNATURE}). */
    static Resolution refused(ScanOutcome outcome) {
        return new Resolution(outcome, null, null);
    }

    /** @param holder their QID and newest QR, or {@code null} when they hold none */
    static Resolution found(ScanOutcome outcome, RegisteredPerson person, IssuedQrs.Holder holder) {
        IssuedQrs.Declared declared = holder == null ? null : holder.newest();
        // what the person declared last, as the platform signed it; else the registry's
        ScannedPerson scanned = declared == null
                ? new ScannedPerson(holder == null ? null : holder.qid(), person, person.phone(), person.insuranceNumber())
                : new ScannedPerson(holder.qid(), person, declared.phone(), declared.insuranceNumber());
        return new Resolution(outcome, scanned, holder == null ? person.documentNumber() : null);
    }
}
