package vn.qrqg.declarations;

import java.time.Instant;

/**
 * A travel declaration was kept: someone was on the vehicle {@code vehicleKey} (normalised, as
 * {@link Journeys} matches vehicles) from {@code from} to {@code to}. People declare after they
 * travelled, after whatever used those hours was done (exposure tracing): it looks again. Names
 * no person. Published in memory after the declaration committed, not through the event outbox:
 * a listener must not rely on hearing it (an instance may stop first), only act sooner for it.
 */
public record JourneyDeclared(String vehicleKey, Instant from, Instant to) {
}
