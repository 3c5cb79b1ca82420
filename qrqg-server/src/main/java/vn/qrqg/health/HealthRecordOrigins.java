package vn.qrqg.health;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.qrqg.health.internal.HealthRecordStore;

/**
 * Where a person's health record came from, and whether its system has pushed a correction since:
 * for a report about a wrong record (feedback), which goes back to the system that pushed it.
 * Never the record's content. Thread-safe.
 */
@Service
public class HealthRecordOrigins {

    /**
     * @param kind {@code VACCINATION}, {@code TEST} or {@code RECOVERY}
     * @param source the client_id of the system that pushed it ({@code reference-seed} for the sample data)
     * @param sourceId that system's own id of the record
     */
    public record RecordOrigin(UUID recordId, String kind, String source, String sourceId, Instant pushedAt) {
    }

    private final HealthRecordStore store;

    HealthRecordOrigins(HealthRecordStore store) {
        this.store = store;
    }

    /** The record's origin, when {@code recordId} is a record of the person holding {@code documentNumber}. */
    public Optional<RecordOrigin> of(UUID recordId, String documentNumber) {
        return store.originOf(recordId, documentNumber).map(origin -> new RecordOrigin(origin.recordId(),
                origin.kind().name(), origin.pushedBy(), origin.sourceId(), origin.pushedAt()));
    }

    /**
     * For each record, when its system first pushed another record of the same kind for the same
     * person after the time given (a correction comes with a new sourceId); records without one are left out.
     */
    public Map<UUID, Instant> correctedAfter(Map<UUID, Instant> since) {
        return store.correctedAfter(since);
    }
}
