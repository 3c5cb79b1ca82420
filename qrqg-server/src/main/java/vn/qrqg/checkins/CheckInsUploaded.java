package vn.qrqg.checkins;

import java.time.Instant;

/**
 * An offline reader's batch was taken: its events (stored now, or stored before and sent again)
 * happened at this venue between {@code earliest} and {@code latest}. Readers upload up to days
 * late, after whatever used those hours was done (exposure tracing): it looks again. Names no
 * person; sent again with a resent batch, so a listener must not mind hearing it twice. Published
 * in memory after the batch committed, not through the event outbox: a listener must not rely on
 * hearing it at all (an instance may stop first), only act sooner for it.
 */
public record CheckInsUploaded(String venueCode, Instant earliest, Instant latest, int events) {
}
