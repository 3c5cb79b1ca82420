package vn.qrqg.risk;

import java.time.Instant;
import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The level that applies to a commune (5-digit code) or province (2-digit code) changed on a day:
 * computed anew, or declared. For the change feed: apps showing the map keep it current.
 *
 * @param previous the level that applied before; null when none did (no assessment, no population)
 * @param level the level that applies now; null when none does
 * @param declared whether {@code level} is a declared one
 */
@DomainEvent
public record RiskLevelChanged(String code, LocalDate date, Integer previous, Integer level, boolean declared,
        Instant at) {
}
