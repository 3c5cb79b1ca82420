/**
 * Scanning: {@code POST /api/v1/scans} takes what a scanner read (a personal QR, a CCCD card QR,
 * a venue URL, anything), classifies and verifies it through the codec, finds the person, and
 * answers one outcome of FORMATS.md §4 with the person as the scanner's {@link
 * vn.qrqg.scanning.ScanView} shows them. Every scan is audited ({@link vn.qrqg.audit.AuditTrail})
 * before it is answered. {@link vn.qrqg.scanning.Scans} is the API; {@code internal} is private.
 */
package vn.qrqg.scanning;
