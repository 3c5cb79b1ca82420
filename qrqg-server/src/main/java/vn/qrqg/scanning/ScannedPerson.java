package vn.qrqg.scanning;

import java.util.Objects;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.identity.RegisteredPerson;

/**
 * The person a scan identified, before a {@link ScanScope} cuts it down to the {@link ScanView}
 * the scanner may see.
 *
 * @param qid their QID, or {@code null} when they hold none (a CCCD card of someone never issued a QR)
 * @param registered the population registry's record: identity fields, name with diacritics, address
 * @param phone from their newest QR when they hold one (what they declared and the platform signed),
 *        else from the registry; {@code null} when none
 * @param insuranceNumber likewise
 */
public record ScannedPerson(Qid qid, RegisteredPerson registered, String phone, String insuranceNumber) {

    public ScannedPerson {
        Objects.requireNonNull(registered, "registered");
    }
}
