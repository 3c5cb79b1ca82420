package vn.qrqg.scanning;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a scanner sees of the person it scanned (DOMAIN.md, "Scanning and check-in"): one record
 * per {@link ScanScope}, so that readers use accessors rather than field names and the OpenAPI
 * document has a schema per view. Every field is always sent, {@code null} when unknown; the
 * record's components are the JSON's members, in order, and the names the audit records.
 */
@Schema(oneOf = {VenueScanView.class, HealthScanView.class, PoliceScanView.class})
public sealed interface ScanView permits VenueScanView, HealthScanView, PoliceScanView {
}
