/**
 * Audit: every read of personal data, scans included, recorded before it is answered
 * ({@link vn.qrqg.audit.AuditTrail#record}): which client, app and scope, whose data (the QID, or
 * the document number of a person without one), which fields, when, why (the endpoint) and the
 * outcome. Records go to {@code audit_record}, append-only (a trigger refuses UPDATE, DELETE and
 * TRUNCATE to every role), partitioned by day; concurrent records share one INSERT and one commit.
 * Operators read it at {@code GET /api/v1/admin/audit} ({@link vn.qrqg.audit.AuditQuery}), by
 * person, client, app, venue, scope, purpose and time, and see its unusual readers
 * ({@link vn.qrqg.audit.UnusualReaders}; docs/audit-review.md).
 * This package is the capability's API; {@code internal} is private.
 */
package vn.qrqg.audit;
