/**
 * Exposure tracing (docs/tracing.md): the health authorities report confirmed cases (F0); each is
 * traced in the background from its {@link vn.qrqg.tracing.CaseConfirmed} event, its visits
 * against everyone else's at the same venues within the margins (F1), and each F1's later visits
 * (F2); the people alerted read their alerts with their holder token
 * ({@link vn.qrqg.tracing.HolderAlerts}). Cases and alerts are personal health data: a case's
 * person is sealed, an alert's kept as an HMAC, both dropped whole past the retention.
 * This package is the capability's API; {@code internal} is private.
 */
package vn.qrqg.tracing;
