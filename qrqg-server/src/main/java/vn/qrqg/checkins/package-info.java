/**
 * Check-ins: entries and exits at venues, both ways (the visitor's app reports the venue QR its
 * holder scanned; a venue's staff scanner scans the visitor's QR or CCCD card), offline readers'
 * batches accepted exactly once, the venue's history of a day, and retention by whole daily
 * partitions. Who was there is kept as a QID (or the registry document number of someone
 * without one), never as the scanned text; visits pair an entry with its exit when read.
 * This package is the capability's API; {@code internal} is private (docs/venues.md).
 */
package vn.qrqg.checkins;
