package vn.qrqg.health;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.codec.personal.Qid;

/**
 * Records of a person holding a QID were stored: one event per person per push, batch or import
 * in which at least one of theirs was created (replays and refused items publish none), in the
 * transaction of the first. For the change feed's {@code HEALTH_RECORDS_CHANGED}: it names the
 * kinds, never a record; the app reads them with the records API.
 *
 * @param kinds {@code vaccinations}, {@code tests}, {@code recoveries}: as the push API's paths
 * @param at when they were stored
 */
@DomainEvent
public record HealthRecordsChanged(Qid qid, Set<String> kinds, Instant at) {

    public HealthRecordsChanged {
        Objects.requireNonNull(qid, "qid");
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(at, "at");
    }
}
