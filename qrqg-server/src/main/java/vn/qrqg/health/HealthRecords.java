package vn.qrqg.health;

import org.springframework.stereotype.Service;
import vn.qrqg.health.internal.HealthRecordStore;
import vn.qrqg.identity.RegisteredPerson;

/**
 * A person's vaccination, test and recovery records, for those who may see them: the person
 * (holder token) and health officers' scans. Callers that answer them audit the read. Thread-safe.
 */
@Service
public class HealthRecords {
    private final HealthRecordStore store;

    HealthRecords(HealthRecordStore store) {
        this.store = store;
    }

    /** Everything held of the person, found by their registry document number. */
    public PersonHealthRecords of(RegisteredPerson person) {
        return store.recordsOf(person.documentNumber());
    }
}
