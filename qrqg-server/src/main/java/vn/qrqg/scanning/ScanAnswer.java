package vn.qrqg.scanning;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.scan.ScanKind;

/**
 * The answer to a scan. Members that do not apply are left out.
 *
 * @param outcome one of FORMATS.md §4
 * @param format what the text turned out to be: {@code PERSONAL}, {@code CCCD_CARD}, {@code VENUE},
 *        {@code DCC} or {@code UNKNOWN}
 * @param person the person as the scanner's {@link ScanScope} shows them; only for {@code VALID} and
 *        {@code SUPERSEDED}
 * @param field for {@code MALFORMED}: the field at fault, by the format's name (e.g. {@code NgaySinh}); for a
 *        {@code DCC} that is not valid: the step that failed ({@code signature}, {@code expiry}…) or {@code revocation}
 * @param problem for {@code MALFORMED}: what is wrong with it, a stable name (e.g. {@code IMPOSSIBLE_DATE})
 * @param reason for {@code MALFORMED} and {@code UNSUPPORTED}: the same in words; for a {@code DCC} that is
 *        not valid: why, in the request's language
 * @param venue for {@code VENUE}: which venue's QR it is
 * @param dcc for {@code DCC} whose signature verified (valid or not): the certificate as the scanner's
 *        {@link ScanScope} shows it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanAnswer(ScanOutcome outcome, ScanKind format, ScanView person, String field,
        String problem, String reason, ScannedVenue venue, DccScanView dcc) {

    /** A registered venue, as its poster names it: what a scanner needs to say whose QR it read. */
    public record ScannedVenue(String venueCode, String name) {
    }

    static ScanAnswer of(ScanOutcome outcome, ScanKind format, ScanView person) {
        return new ScanAnswer(outcome, format, person, null, null, null, null, null);
    }

    static ScanAnswer ofVenue(ScannedVenue venue) {
        return new ScanAnswer(ScanOutcome.VENUE, ScanKind.VENUE, null, null, null, null, venue, null);
    }
}
