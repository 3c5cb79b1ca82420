package vn.qrqg.scanning;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a scanner sees of a scanned EU DCC whose signature verified, one record per
 * {@link ScanScope}: a DCC is no platform person, so it is shown from what it says, never looked
 * up. Every field is always sent, {@code null} when the certificate does not say. What the audit
 * records as read: {@link DccAnswers#VENUE_FIELDS} and the others, held to the records by a test.
 */
@Schema(oneOf = {DccVenueView.class, DccHealthView.class, DccPoliceView.class})
public sealed interface DccScanView permits DccVenueView, DccHealthView, DccPoliceView {
}
