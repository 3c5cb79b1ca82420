package vn.qrqg.scanning;

import vn.qrqg.codec.personal.Qid;

/**
 * What a scan identified, for a capability that records who was scanned (check-ins): the answer
 * its scanner may see, and the person's key, which it keeps and never shows.
 *
 * @param answer the outcome, and the person as the scan's view shows them when it shows any
 * @param qid the person's QID when they hold one; {@code null} when nobody was identified or they hold none
 * @param documentNumber the registry document number of a person identified without a QID (a
 *        CCCD card of someone never issued a QR); {@code null} whenever {@code qid} is set
 */
public record Identification(ScanAnswer answer, Qid qid, String documentNumber) {

    /** A person was identified: a {@code VALID} or {@code SUPERSEDED} personal QR, or a card found in the registry. */
    public boolean identified() {
        return qid != null || documentNumber != null;
    }

    /** The key the person is recorded by: the QID, else the document number; {@code null} when nobody. */
    public String person() {
        return qid != null ? qid.value() : documentNumber;
    }
}
